import types, inspect
def gen():
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); list(g); print(inspect.getgeneratorstate(g))
async def co(): pass
def plain(a, b=2, *args, c, d=4, **kw) -> int: pass
def posonly(a, /, b): pass
print(inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.isfunction(plain), inspect.isclass(int), inspect.ismodule(types))
print(inspect.signature(plain), inspect.signature(posonly), inspect.signature(lambda x, y=1: 0))
class K:
    def m(self, x): pass
print(inspect.signature(K().m), inspect.signature(K.m))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.MethodType, types.BuiltinFunctionType, types.CoroutineType)
print(isinstance(plain, types.FunctionType), isinstance(g, types.GeneratorType), type(K().m) is types.MethodType)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int].__origin__, list[int]() == [])
print(inspect.getdoc(K), inspect.cleandoc("  a\n    b\n  c"), inspect.unwrap(plain) is plain)
