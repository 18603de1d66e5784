d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), len(v), len(i), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i)
d["c"] = 3
print(sorted(k), sorted(v), sorted(i))
print(sorted(list(k)))
print(sorted(k & {"a", "z"}) if hasattr(k, "__and__") else ["a"])
