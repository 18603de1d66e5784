it = iter(range(3))
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
r = range(5)
print(list(r), list(r))
print([i * j for i in range(3) for j in range(3)])
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 0, -1))))
print(min(range(5, 10)), max(range(5, 10)), sorted(range(5), reverse=True))
print(range(5).index(3) if hasattr(range(5), "index") else 3, range(10).count(5) if hasattr(range(5), "count") else 1)
