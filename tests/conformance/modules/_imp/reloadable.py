COUNT = globals().get("COUNT", 0) + 1
print("reloadable body runs, COUNT =", COUNT)
