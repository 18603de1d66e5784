pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], [s for _, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])
print(dict([(k, v) for k, v in zip("xy", [1, 2])]) == {"x": 1, "y": 2})
print([i for i, c in enumerate("abc") if c != "b"])
