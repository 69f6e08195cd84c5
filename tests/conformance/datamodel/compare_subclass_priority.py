# for comparisons the right operand's reflected method goes first whenever its
# type is a proper subclass, even if it does not override that method
class Base:
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
    def __eq__(self, o): return "Base.eq"
class Sub(Base):
    pass
print(Base() < Sub(), Base() > Sub(), Base() == Sub(), Sub() < Base())
class Sub2(Base):
    def __gt__(self, o): return "Sub2.gt"
print(Base() < Sub2(), Base() > Sub2())
class MyInt(int): pass
class Cmp:
    def __eq__(self, o): return "Cmp.eq"
class CmpSub(Cmp): pass
print(Cmp() == CmpSub(), CmpSub() == Cmp())
