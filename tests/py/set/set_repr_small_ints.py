print(set(), frozenset())
print({1}, repr({2}), frozenset([3]))
print(sorted({5, 3, 9, 1}))
