s = {3, 1, 2}
s.add(4); s.discard(9); s.remove(1)
print(sorted(s), len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a)
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), a.isdisjoint({9}))
f = frozenset([1, 2])
print(f, hash(f) == hash(frozenset([2, 1])), set(), sorted(set('hello')))
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(3), (1,), ())
print(tuple([1, 2]), tuple('ab'), (1, 2) < (1, 3), max(t), min(t), sum(t))
x, y, z = t
print(x + y + z)
print({(1, 2): 'ok'}[(1, 2)])
