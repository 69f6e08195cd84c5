"""PEP 563: with `from __future__ import annotations` annotations stay strings."""
from __future__ import annotations

import __future__
from typing import Callable, Dict, List, Optional


def f(a: int, b: Dict[str, List[int]], *args: 'Node', c: Optional[int] = None, **kw: float) -> Callable[[int], str]:
    return None


print(f.__annotations__)


class Node:
    value: int
    children: list[Node]
    parent: Node | None = None
    pair: tuple[int, ...]
    weird: (1 + 2) * 3
    text: "quoted"
    call: Annotated(x=1, y=[1, 2])
    power: 2 ** -1
    attr: a.b.c[d, e]
    neg: -x
    lam: lambda: 0

    def method(self, other: Node) -> Node:
        return other


print(Node.__annotations__)
print(Node.method.__annotations__)
undefined_ok: ThisNameDoesNotExist = 5
print(__annotations__)
print(__future__.annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])

for src in ["from __future__ import braces", "from __future__ import nope",
            "x = 1\nfrom __future__ import annotations", '"doc"\nfrom __future__ import annotations\nx: y = 1']:
    try:
        ns = {}
        exec(compile(src, "<s>", "exec"), ns)
        print("ok", ns.get("__annotations__"))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
