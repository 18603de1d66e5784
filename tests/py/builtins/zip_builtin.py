print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(3, 6), "xyz")), dict(zip("ab", [1, 2])) == {"a": 1, "b": 2})
z = zip([1, 2], [3, 4])
print(next(z), list(z))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(type(zip()).__name__)
try:
    zip(1)
except TypeError:
    print("TypeError")
