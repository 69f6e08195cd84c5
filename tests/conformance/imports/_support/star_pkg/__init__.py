__all__ = ["mod_one", "VALUE"]
VALUE = "star_pkg"
