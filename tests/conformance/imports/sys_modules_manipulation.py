# sys.modules is consulted first: a module can replace itself, entries can be
# injected, and None blocks an import.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import types
import replaces_itself

print(type(replaces_itself).__name__, replaces_itself.name)
fake = types.ModuleType("injected")
fake.value = 42
sys.modules["injected"] = fake
import injected
print(injected is fake, injected.value)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, e.name)
del sys.modules["injected"]
try:
    import injected
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
