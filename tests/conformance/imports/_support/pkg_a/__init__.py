print("executing pkg_a/__init__, __package__ =", __package__)
PKG_VALUE = "pkg_a"
