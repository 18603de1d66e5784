# Ints and floats rebound in instance attributes inside loops (the VM keeps them unboxed in the instance dict):
# every other way of reading the dict sees the same numbers, and big ints, bools and other types still go through.
class C:
    def __init__(self):
        self.n = 0
        self.x = 0.5
        self.s = 'a'

def work(c, k):
    for i in range(k):
        c.n += i
        c.x = c.x * 1.5 + i
        c.n = c.n & 0xFFFFF
    return c

c = work(C(), 50)
print(c.n, c.x, c.s)
print(sorted(c.__dict__.items()))
print(c.__dict__['n'], c.__dict__.get('x'), repr(c.__dict__['x']))
print(c.__dict__ == {'n': c.n, 'x': c.x, 's': 'a'})
print(type(c.n), type(c.x), isinstance(c.n, int), c.n == c.__dict__['n'])
print(getattr(c, 'n'), hash(c.n) == hash(c.__dict__['n']))
d = dict(c.__dict__)
print(sorted(d.values(), key=repr))
print(sorted(vars(c)))
# Overflow into a big int, then back to small, then to other types.
def grow(c):
    for i in range(70):
        c.n = c.n * 3 + 1
    return c.n
c.n = 1
print(grow(c))
c.n = 5
print(grow(c) % 1000007)
def retype(c):
    for v in (1, 2.5, True, None, 'x', 10 ** 30, -7, float('inf')):
        c.n = v
        print(repr(c.n), repr(c.__dict__['n']), type(c.__dict__['n']).__name__)
retype(c)
# Popping and deleting unboxed entries, then growing the dict past a resize.
def setn(c, v):
    c.n = v
    c.x = v / 4
setn(c, 1234567)
print(c.__dict__.pop('n'), c.__dict__.pop('x'), sorted(c.__dict__))
c.n = 0
c.x = 0.0
setn(c, 99999)
for i in range(20):
    setattr(c, 'a%d' % i, i * 1000)
print(c.n, c.x, c.a19, len(c.__dict__))
setn(c, 31337)
del c.a0
print(c.n, c.x, 'a0' in c.__dict__, sorted(c.__dict__.items())[:4])
# The same instance dict shared by two names and compared.
o1 = C()
o2 = C()
setn(o1, 77777)
setn(o2, 77777)
print(o1.__dict__ == o2.__dict__, o1.n is o1.n or o1.n == o2.n)
print({'n': 77777, 'x': 19444.25, 's': 'a'} == o1.__dict__)
