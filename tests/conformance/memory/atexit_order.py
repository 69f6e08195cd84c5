# atexit handlers run last-registered first, after the main module finished.
import atexit

for name in ("one", "two", "three"):
    atexit.register(print, "handler", name)
print("registered")
