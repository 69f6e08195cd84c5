# math.floor/ceil on bool and on float subclasses with __floor__/__ceil__
import math
print(math.ceil(True), math.floor(False), type(math.ceil(True)).__name__)
class MyFloat(float):
    def __floor__(self): return "MyFloat.floor"
    def __ceil__(self): return "MyFloat.ceil"
print(math.floor(MyFloat(1.5)), math.ceil(MyFloat(1.5)), round(MyFloat(1.5)), math.trunc(MyFloat(1.5)))
class MyInt(int):
    def __floor__(self): return "MyInt.floor"
print(math.floor(MyInt(2)), math.ceil(MyInt(2)), type(math.ceil(MyInt(2))).__name__)
