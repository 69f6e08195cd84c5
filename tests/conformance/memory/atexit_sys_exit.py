# atexit handlers run when the program ends with sys.exit; the exit status is kept.
import atexit
import sys

atexit.register(print, "handler ran")
print("exiting")
sys.exit(3)
