from fractions import Fraction
for s in ["٣/٤", "١٢.٥", "\uff11\uff10/4"]:
    print(repr(s), repr(Fraction(s)))
print(int("٣"), float("١٢.٥"))
