# sum(): small ints accumulate unboxed until an item is not an int or the total overflows; every other case as before.
print(sum([1, 2, 3]), sum(range(10)), sum([]), sum([], 5), sum((1, 2), 10))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2.5, 3]), sum([True, True, 1]))
print(sum([1, True]), sum([0.1] * 10), sum([1, 2], 0.5), sum(x * x for x in range(1000)))
print(sum([1, 2**100, -2**100]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return N(o + self.v)
print(sum([1, 2, N(5)]).v)
