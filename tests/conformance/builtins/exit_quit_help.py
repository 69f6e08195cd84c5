print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
print(repr(help))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
quit()
print("not reached")
