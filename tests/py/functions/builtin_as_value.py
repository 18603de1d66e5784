fs = [len, str, abs, sorted]
print([f.__name__ for f in fs] if hasattr(len, "__name__") else 0)
print(len("abc"), list(map(str, [1, 2])))
ap = [].append
l = [1]
m = l.append
m(2); m(3)
print(l)
up = "abc".upper
print(up())
tbl = {"a": abs, "n": min}
print(tbl["a"](-3), tbl["n"](4, 2))
