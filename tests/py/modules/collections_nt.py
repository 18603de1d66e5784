try:
    from ucollections import namedtuple, OrderedDict
except ImportError:
    from collections import namedtuple, OrderedDict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), isinstance(p, tuple), P._fields)
a, b = p
print(a + b, p._replace(x=5), p._asdict() == {'x': 1, 'y': 2})
Q = namedtuple('Q', ['a', 'b', 'c'])
print(Q(1, 2, 3))
od = OrderedDict()
od['z'] = 1
od['a'] = 2
print(od, list(od.keys()), od['a'])
try:
    P(1)
except TypeError:
    print('TypeError')
