import os as _os_alias
import sys
public = 1
_private = 2
__dunder__ = 3


def function():
    pass
