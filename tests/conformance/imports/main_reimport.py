# Importing the running script by its module name executes it again as a
# separate module.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

print("executing as", __name__)
if __name__ == "__main__":
    import main_reimport
    print(main_reimport is sys.modules["__main__"], main_reimport.__name__)
