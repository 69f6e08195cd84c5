# A module whose execution raises is removed from sys.modules; importing it
# again re-executes it.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

for attempt in range(2):
    try:
        import raises_on_import
    except ValueError as e:
        print("ValueError:", e, "raises_on_import" in sys.modules)
