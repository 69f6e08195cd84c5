def classify(x):
    match x:
        case {"type": "point", "x": int(px), "y": int(py)}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest)}"
        case [1, *middle, 9]:
            return f"1..9 with {middle}"
        case (a, b) if a == b:
            return "pair equal"
        case (a, b):
            return f"pair {a} {b}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case float(v) if v != v:
            return "nan"
        case True:
            return "true"
        case 0 | 1 | 2:
            return "small int"
        case None:
            return "none"
        case _:
            return "other"
for v in [{"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, [1, 2, 3, 9], (4, 4), (4, 5), "s", b"b", float("nan"), True, 2, None, 3.5, [1, 9], {"type": "point", "x": "a", "y": 2}]:
    print(classify(v))
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print(paint("red"), paint("green"), paint("blue"))
