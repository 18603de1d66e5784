d = {1.0: "one", 0.5: "half"}
print(d[1], d[0.5], 1 in d, 2.0 in d)
s = {1, 1.0, True}
print(len(s))
print(sorted({0.5, 0.25, 1.5}))
print(hash(0.0) == hash(-0.0), hash(float("inf")) == hash(float("inf")))
