# list[a:b] read and assigned through the VM's reused slice object: every bound kind, nested and re-entrant uses.
a = list(range(10))
print(a[2:5], a[::-1], a[:], a[-3:], a[:-3], a[1:8:2], a[8:1:-3], a[100:], a[-100:2])
b = a[:]
b[2:5] = [9, 9]
print(b)
b[::2] = tuple(range(5))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a[::0]
except ValueError as e:
    print('ValueError', e)
b[1:3] = b
print(b)
c = a[True:3]
print(c)
class I:
    def __index__(self): return 2
print(a[I():5])
print(a[2**70:], a[:2**70])
s = 'hello'
print(s[1:3], s[::-1])
t = (1, 2, 3)
print(t[1:], t[::-1])
def g():
    yield 5
    yield 6
b[0:2] = g()
print(b)
class Sub:
    def __getitem__(self, k):
        return k
keep = Sub()[1:2]
other = a[3:4]
print(keep, other, keep.start, keep.stop, keep.step)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return len(a[0:self.v])
print(a[Idx(3):Idx(6)])
