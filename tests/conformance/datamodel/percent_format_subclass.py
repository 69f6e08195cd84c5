# printf-style formatting of int/float subclasses with custom __repr__/__str__
class MyInt(int):
    def __repr__(self): return "R"
    def __str__(self): return "S"
class MyFloat(float):
    def __repr__(self): return "RF"
    def __str__(self): return "SF"
print("%d %i %u %s %r %x %o %c" % (MyInt(5), MyInt(5), MyInt(5), MyInt(5), MyInt(5), MyInt(255), MyInt(8), MyInt(65)))
print("%f %.1e %g %s %r %d" % (MyFloat(1.5), MyFloat(1.5), MyFloat(1.5), MyFloat(1.5), MyFloat(1.5), MyFloat(2.7)))
print("%d" % True, "%s" % True, "%r" % False, "%.2f" % MyInt(1))
