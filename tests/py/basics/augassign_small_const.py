# local += / -= a small int literal, which compiles to one instruction: ints, overflow into big ints, floats, bools,
# other types, __iadd__/__isub__, unbound locals, and the boundaries of the literals it takes.
def counters():
    a = 0
    b = 10
    for i in range(5):
        a += 1
        b -= 3
        a += -2
        b -= -64
    return a, b
print(counters())

def overflow():
    x = 2 ** 63 - 2
    x += 1
    x += 1
    x += 63
    y = -2 ** 63 + 1
    y -= 1
    y -= 1
    y -= 64
    return x, y
print(overflow())

def floats():
    f = 0.5
    f += 1
    f -= 3
    g = 1e308
    g += 63
    return f, g
print(floats())

def others():
    t = True
    t += 1
    s = 'ab'
    try:
        s += 1
    except TypeError as e:
        print('TypeError', e)
    l = [1]
    try:
        l -= 1
    except TypeError as e:
        print('TypeError', e)
    c = 1 + 2j
    c -= 1
    return t, c
print(others())

class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, k):
        self.log.append(('iadd', k))
        return self
    def __isub__(self, k):
        self.log.append(('isub', k))
        return self
class Plain:
    def __add__(self, k):
        return ('add', k)
    def __sub__(self, k):
        return ('sub', k)
def hooks():
    a = Acc()
    a += 5
    a -= 5
    a -= -7
    p = Plain()
    p += 1
    q = Plain()
    q -= 2
    return a.log, p, q
print(hooks())

def unbound():
    try:
        u += 1
    except UnboundLocalError:
        print('UnboundLocalError')
    u = 0
    return u
print(unbound())

def bounds():
    x = 0
    x += 63
    x += 64
    x -= 64
    x -= 65
    x += -64
    x += -65
    x += 0
    return x
print(bounds())

n = 0
for i in range(10):
    n += 1
print(n)

def closure():
    c = 0
    def inner():
        nonlocal c
        c += 1
    inner()
    c += 2
    return c
print(closure())

def gen():
    k = 0
    while k < 3:
        k += 1
        yield k
print(list(gen()))
