# local.attr op= value (compiled as two loads of the local, each fused with its attribute instruction): instance
# attributes, class attributes, properties, __getattr__/__setattr__, __iadd__ results, errors and unbound locals.


class P:
    k = 10

    def __init__(self):
        self.n = 0
        self.items = []

    def bump(self, by):
        self.n += by
        self.items += [by]
        self.k += 1
        return self


class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print('get v')
        return self._v

    @v.setter
    def v(self, x):
        print('set v', x)
        self._v = x


class Hooks:
    def __getattr__(self, name):
        print('getattr', name)
        return 5

    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print('iadd', self.v, other)
        return Acc(self.v + other)


def run():
    p = P()
    p.bump(2).bump(3)
    print(p.n, p.items, p.k, P.k)
    q = Prop()
    q.v += 5
    q.v *= 2
    print(q._v)
    h = Hooks()
    h.x += 1
    h.x -= 3
    print(h.x)
    a = P()
    a.acc = Acc(1)
    first = a.acc
    a.acc += 4
    print(a.acc.v, first.v, a.acc is first)
    s = P()
    s.name = 'ab'
    s.name *= 3
    s.n <<= 4
    s.n |= 3
    print(s.name, s.n)
    try:
        s.missing += 1
    except AttributeError:
        print('AttributeError read')
    t = (1, 2)
    try:
        t.x += 1
    except AttributeError:
        print('AttributeError tuple')
    f = run
    f.counter = 1
    f.counter += 1
    print(f.counter)


def unbound():
    u.n += 1
    u = P()


run()
try:
    unbound()
except UnboundLocalError:
    print('UnboundLocalError')
glob = P()
glob.n += 7
print(glob.n)
