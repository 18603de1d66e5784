l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
stable = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(sorted(stable, key=lambda p: p[0]))
print(sorted([3, 1, 2], reverse=True), [].sort())
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
