print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=10)), list(enumerate(range(2), -1)))
e = enumerate([10, 20])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(type(enumerate([])).__name__)
try:
    enumerate(5)
except TypeError:
    print("TypeError")
