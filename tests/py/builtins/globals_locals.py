gv = 42
print(globals()["gv"], "gv" in globals(), type(globals()).__name__)
globals()["created"] = "via globals"
print(created)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print(globals() is globals())
def g():
    return "gv" in globals(), "gv" in locals()
print(g())
