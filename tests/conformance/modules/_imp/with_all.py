__all__ = ["public", "_exported_private"]
public = 1
_exported_private = 2
also_public = 3
