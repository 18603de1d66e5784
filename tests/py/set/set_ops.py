a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} <= a, {1} < a, a < a, a <= a, a > {1})
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 20}
print(sorted(c))
d = set(a)
d.update([7, 8]); d.intersection_update({1, 7, 8, 9}); d.difference_update([8])
print(sorted(d))
d.symmetric_difference_update({1, 100})
print(sorted(d))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
try:
    a | [1]
except TypeError:
    print("TypeError")
