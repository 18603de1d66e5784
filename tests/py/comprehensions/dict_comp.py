print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
d = {"a": 1, "b": 2, "c": 3}
print(sorted({v: k for k, v in d.items()}.items()))
print({k: v for k, v in d.items() if v > 1} == {"b": 2, "c": 3})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
