# dict.get as the VM runs it inline: keys of every kind, defaults, subclasses, unhashable keys and wrong arities.
d = {}
for i in range(600):
    d[i] = d.get(i, 0) + i
    d[str(i)] = d.get(str(i)) or i * 2
print(len(d), d.get(599), d.get('599'), d.get(600), d.get(600, 'none'), d.get(1.0), d.get(True))
print(d.get((1, 2), []), {(1, 2): 'tup'}.get((1, 2)), {1.5: 'f'}.get(1.5), {None: 'n'}.get(None, 'x'))
print(dict.get(d, 5), dict.get({}, 5, 6))
g = d.get
print(g(7), g(-1, 'neg'))
class D(dict):
    def get(self, k, default=None):
        return ('D.get', k, default)
print(D(a=1).get('a'), D().get('zz', 3))
class E(dict):
    pass
e = E(a=1)
print(e.get('a'), e.get('b', 2))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
kd = {K(1): 'one'}
print(kd.get(K(1)), kd.get(K(2), 'two'))
for bad in ([1], {}, set()):
    try:
        d.get(bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    d.get()
except TypeError:
    print('TypeError no args')
try:
    d.get(1, 2, 3)
except TypeError:
    print('TypeError three args')
try:
    dict.get([], 1)
except TypeError:
    print('TypeError list self')
try:
    d.get(k=1)
except TypeError:
    print('TypeError keyword')
