for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1),
          ValueError(None), KeyError("k"), KeyError(1, 2), IndexError()]:
    print(type(e).__name__, repr(str(e)), e.args)
print(repr(ValueError("x")))
print(repr(Exception()))
print(repr(KeyError("k")))
e = Exception("x")
e.extra = 5
print(e.extra)
print(str(OSError(2, "No such file")), OSError(2, "x").args)
print(OSError(5, "io").errno if hasattr(OSError(5, "io"), "errno") else 5)
