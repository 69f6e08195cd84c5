print("executing pkg_a.sub, __package__ =", __package__)
SUB_VALUE = "sub"
