# len() accepts __len__ results via __index__
class Idx:
    def __index__(self): return 2
class LenIdx:
    def __len__(self): return Idx()
print(len(LenIdx()), bool(LenIdx()))
class BoolIdx:
    def __len__(self): return True
print(len(BoolIdx()))
