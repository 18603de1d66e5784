d = {"a": 1, "b": 2}
print(d["a"], len(d), "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(sorted(d.items()))
del d["b"]
print(sorted(d))
print(d.get("a"), d.get("z"), d.get("z", "def"))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]) == {"x": 1, "y": 2}, dict({"k": "v"}, k2="v2") == {"k": "v", "k2": "v2"})
print({1: "a", 1.0: "b"}, {True: 1, 1: 2})
d2 = {}
d2[(1, 2)] = "tuple key"
d2[None] = "none"
d2[3.5] = "float"
print(d2[(1, 2)], d2[None], d2[3.5])
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError:
    print("TypeError")
