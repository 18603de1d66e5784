d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.pop("a"), d.pop("zz", "default"), sorted(d))
print(d.setdefault("b", 99), d.setdefault("n", 5), sorted(d.items()))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(sorted(d.items()))
k, v = d.popitem()
print(k in "bcnxyz", len(d))
c = d.copy()
c["new"] = 1
print(len(c) - len(d))
d.clear()
print(d)
print(sorted(dict.fromkeys("abc").items()), sorted(dict.fromkeys([1, 2], 0).items()))
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
