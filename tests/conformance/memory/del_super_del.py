# __del__ chains through super(); a subclass without __del__ inherits it;
# __del__ can use globals and attributes.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()


class Plain(Base):
    pass


c = Child()
del c
p = Plain()
del p


class Late:
    pass


def late_del(self):
    print("added later")


o = Late()
Late.__del__ = late_del
del o
print("end")
