class A:
    def __init__(self, *a):
        print("A init", a)
class B(A):
    def __init__(self, name, *args):
        s = super()
        print(s, s.__init__)
        s.__init__(*args)
        super().__init__(1, 2)
B("n", 3, 4)
