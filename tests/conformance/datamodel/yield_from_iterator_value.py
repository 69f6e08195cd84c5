# `yield from` a plain iterator returns the StopIteration value
class WithValue:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("val")
        return self.i
def gen():
    r = yield from WithValue()
    print("yield from got", r)
    yield "end"
print(list(gen()))
class ValueArgs:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(1, 2)
def gen2():
    r = yield from ValueArgs()
    yield r
print(list(gen2()))
