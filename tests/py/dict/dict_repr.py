print({}, {1: "a"}, {"k": [1, (2,)]}, {None: None}, {(1, 2): {3: 4}})
print(repr({"a": "b'c"}), str({1.5: True}))
d = {}
d["self"] = d
print(d)
