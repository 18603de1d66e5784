# x.append(v) in functions (compiled ahead of time): lists append inline, everything else takes the general call
class L(list):
    def append(self, v):
        list.append(self, ('sub', v))

class Bag:
    def __init__(self):
        self.items = []
    def append(self, v):
        self.items.append(v * 2)

class Holder:
    pass

def fill(x, n):
    for i in range(n):
        x.append(i)
    return x

print(fill([], 3))
print(fill(L(), 3))
b = fill(Bag(), 3)
print(b.items)
h = Holder()
target = []
h.append = target.append
fill(h, 3)
print(target)

def values():
    l = []
    l.append(1)
    l.append(2.5)
    l.append(-0.0)
    l.append(2 ** 70)
    l.append('s')
    l.append(None)
    l.append(l is l)
    l.append(l)
    return l
v = values()
print(v[:7], v[7] is v)

x = [1]
def rebind():
    global x, old
    old = x
    x = ['new']
    return 'arg'
def append_while_rebinding():
    x.append(rebind())
append_while_rebinding()
print(old, x)

def errors():
    for obj in (5, 'str', (1,), None):
        try:
            obj.append(1)
        except AttributeError:
            print('AttributeError', type(obj).__name__)
    l = []
    try:
        l.append()
    except TypeError:
        print('TypeError no arg')
    try:
        l.append(1, 2)
    except TypeError:
        print('TypeError two args')
    return l
print(errors())

def gen():
    out = []
    for i in range(3):
        out.append((yield i))
    yield out
g = gen()
print(next(g), g.send('a'), g.send('b'), g.send('c'))

def nested(n):
    outer = []
    for i in range(n):
        inner = []
        outer.append(inner.append(i) or inner)
    return outer
print(nested(3))

def method_ref():
    l = []
    ap = l.append
    for i in range(3):
        ap(i)
    return l
print(method_ref())

# x.pop() / x.pop(i) and d.get(k) / d.get(k, v) in functions: lists and dicts directly, the rest the general way
class D(dict):
    def get(self, k, v=None):
        return ('sub', k, v)

class Stack:
    def pop(self, i=-1):
        return ('Stack.pop', i)

def pops(x):
    out = []
    out.append(x.pop())
    out.append(x.pop(0))
    out.append(x.pop(-1))
    return out

print(pops([1, 2.5, 'c', 4, 5]), pops(Stack()))
def pop_errors():
    l = [1, 2, 3]
    for i in (True, -3, 5, -9, 'x', 1.0):
        try:
            print('pop', i, l.pop(i), l)
        except (IndexError, TypeError) as e:
            print(type(e).__name__, i, l)
    l = []
    try:
        l.pop()
    except IndexError:
        print('IndexError empty')
    try:
        l.pop(0)
    except IndexError:
        print('IndexError empty 0')
pop_errors()

def gets(d, k):
    return d.get(k), d.get(k, 'dflt'), d.get(k, 7), d.get(k, 0.5)

print(gets({'a': 1}, 'a'), gets({'a': 1}, 'b'), gets({1: 2.5, 2 ** 70: 'big'}, 1))
print(gets({1: 2.5, 2 ** 70: 'big'}, 2 ** 70), gets({(1, 2): 'tuple'}, (1, 2)), gets({1.0: 'one'}, 1))
print(gets(D(), 'k'))
def get_errors():
    d = {}
    try:
        d.get([])
    except TypeError:
        print('TypeError unhashable')
    try:
        d.get()
    except TypeError:
        print('TypeError no arg')
    try:
        d.get(1, 2, 3)
    except TypeError:
        print('TypeError three args')
    for obj in ([], 'str', None):
        try:
            obj.get(1)
        except AttributeError:
            print('AttributeError', type(obj).__name__)
get_errors()

def churn(n):
    d = {}
    l = []
    for i in range(n):
        k = 'k%d' % (i % 5)
        d[k] = d.get(k, 0) + i
        l.append(i * 2)
        if len(l) > 3:
            l.pop(0)
    return sorted(d.items()), l
print(churn(20))
