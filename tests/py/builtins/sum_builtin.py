print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([2 ** 64, 2 ** 64]), sum(x * x for x in range(4)))
print(sum([1j, 2]), sum(iter([5, 5])), sum({1: 0, 2: 0}))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
