try:
    sorted([1, 2], key=5)
except TypeError:
    print("TypeError")
try:
    [3, None].sort()
except TypeError:
    print("TypeError")
print(sorted([]), sorted([1]), sorted("b a".split()))
print(sorted([[2], [1, 5], [1]]))
print(sorted([-1, 3, -5], key=abs))
