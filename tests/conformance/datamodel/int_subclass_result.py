# int()/float()/operator.index() convert strict-subclass results to the exact type
import warnings
warnings.simplefilter("ignore")
class MyInt(int): pass
class MyFloat(float): pass
class RetSub:
    def __int__(self): return MyInt(3)
class RetIdx:
    def __index__(self): return MyInt(4)
class RetFloat:
    def __float__(self): return MyFloat(0.5)
for v in (int(RetSub()), int(RetIdx()), float(RetFloat()), float(RetIdx())):
    print(v, type(v).__name__)
print(type(int(MyInt(1))).__name__, type(float(MyFloat(1))).__name__, type(abs(MyInt(-1))).__name__)
print(type(+MyInt(1)).__name__, type(-MyInt(1)).__name__, type(MyInt(1) + 0).__name__, type(MyInt(1) * 1).__name__)
