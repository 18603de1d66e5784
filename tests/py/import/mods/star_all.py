__all__ = ["x", "_y"]
x = "x"
_y = "_y"
z = "z"
