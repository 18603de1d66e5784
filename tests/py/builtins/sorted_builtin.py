print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 4}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted([(1, 2), (1, 1), (0, 9)]), sorted(range(5), key=lambda x: -x))
l = [3, 1]
s = sorted(l)
print(l, s, s is l)
print(sorted([1.5, 1, True, 0]))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
try:
    sorted(1)
except TypeError:
    print("TypeError")
