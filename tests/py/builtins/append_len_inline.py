# list.append and len() as the VM runs them inline: every receiver and argument kind, and the errors.
l = []
for i in range(300):
    l.append(i * 1000)
    l.append(i / 2)
print(len(l), l[:4], l[-2:], sum(l[::2]))
list.append(l, 'x')
print(len(l), l[-1])
m = l.append
m('y')
print(l[-2:])
class L(list):
    pass
s = L()
s.append(5)
print(s, len(s), type(s).__name__)
class A(list):
    def append(self, v):
        list.append(self, v * 2)
a = A()
a.append(4)
print(a, len(a))
class N:
    def __len__(self):
        return 7
print(len(N()), len('héllo'), len(b'ab'), len((1, 2)), len({1: 2}), len(range(10**6)), len({1, 2, 3}))
for bad in (5, None, 1.5, N):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)
try:
    len()
except TypeError as e:
    print('TypeError')
try:
    len([], [])
except TypeError as e:
    print('TypeError')
try:
    l.append()
except TypeError as e:
    print('TypeError')
try:
    l.append(1, 2)
except TypeError as e:
    print('TypeError')
try:
    list.append((), 1)
except TypeError as e:
    print('TypeError')
def f():
    return len([1, 2, 3])
print(f())
len = lambda o: 42
print(f(), len([]))
del len
print(f())
