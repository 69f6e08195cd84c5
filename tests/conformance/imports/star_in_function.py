# import * is only allowed at module level.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

try:
    compile("def f():\n    from os import *\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    compile("class C:\n    from os import *\n", "<test>", "exec")
    print("class body allowed")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
