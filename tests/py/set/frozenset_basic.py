f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {4}), type(f | {4}).__name__, sorted(f & {1}), type({1} | f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
print(frozenset(), sorted(frozenset("aab")))
try:
    f.add(1)
except AttributeError:
    print("AttributeError")
s = {frozenset([1]), frozenset([1])}
print(len(s))
