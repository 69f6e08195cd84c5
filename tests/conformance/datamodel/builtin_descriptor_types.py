# types and reprs of builtin method descriptors and wrappers
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(object().__init__).__name__)
print(type(list.append).__name__, type([].append).__name__, type(dict.fromkeys).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(str.__dict__["maketrans"]).__name__, type(int.__dict__["real"]).__name__, type(type.__dict__["__dict__"]).__name__)
print(repr(dict.fromkeys).split(" at ")[0], repr(int.__add__), repr(list.__len__))
print(repr((1).__add__).split(" at ")[0])
import types
print(isinstance(list.append, types.MethodDescriptorType), isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType))
