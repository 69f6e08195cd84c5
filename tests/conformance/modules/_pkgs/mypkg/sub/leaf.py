from .. import VALUE
LEAF = VALUE + 1
__all__ = ["LEAF"]
_private = 0
