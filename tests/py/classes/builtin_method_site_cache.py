# One call site meets receivers of different types in turn: list, dict, OrderedDict, str, subclasses
# that override the method, user objects with a method of the same name. Each call must reach the
# receiver's own method (the VM caches the method per site).
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict


class MyList(list):
    def append(self, x):
        list.append(self, ('wrapped', x))


class MyDict(dict):
    def get(self, k, d=None):
        return 'mine:' + str(k)


class Thing:
    def append(self, x):
        return 'thing got %r' % (x,)

    def get(self, k, d=None):
        return 'thing.get %r' % (k,)


def add(seq, x):
    r = seq.append(x)
    return r


def get(m, k):
    return m.get(k, 'dflt')


def up(s):
    return s.upper()


l = [1]
ml = MyList()
t = Thing()
for rec in (l, ml, t, l, t, ml, l):
    print(type(rec).__name__, add(rec, len(l)))
print(l, ml)

d = {'a': 1}
od = OrderedDict([('b', 2)])
md = MyDict(a=5)
for m in (d, od, md, t, d, od, d, md):
    print(type(m).__name__, get(m, 'a'), get(m, 'b'))

for s in ('abc', b'xyz', bytearray(b'q'), 'def'):
    print(up(s))

# A method that a builtin type lacks is an AttributeError at the same site that found it before.
for rec in ([1], (1, 2), 'str'):
    try:
        rec.append(1)
        print('appended to', rec)
    except AttributeError as e:
        print('AttributeError', type(rec).__name__)

# Unbound methods and a method name stored on the instance.
t.append = lambda x: 'instance attr %r' % (x,)
print(add(t, 3))
print(add(l, 4), l[-1])
