# list.pop as the VM runs it inline: no index, int indexes (negative, boundaries), bad indexes, empty lists,
# subclasses, the unbound method and wrong arities.
l = list(range(10))
print(l.pop(), l.pop(0), l.pop(-1), l.pop(3), l.pop(-2), l)
big = 2 ** 40
for bad in (len(l), -len(l) - 1, big, -big):
    try:
        l.pop(bad)
    except IndexError as e:
        print('IndexError', e)
for bad in (1.0, '1', None):
    try:
        l.pop(bad)
    except TypeError as e:
        print('TypeError', type(bad).__name__)
print(l.pop(True), l.pop(False), l)
e = []
try:
    e.pop()
except IndexError as ex:
    print('IndexError', ex)
try:
    e.pop(0)
except IndexError as ex:
    print('IndexError', ex)
q = []
for i in range(300):
    q.append(i * 3)
    if len(q) > 7:
        q.pop(0)
print(q, sum(q))
while q:
    q.pop()
print(q)
class L(list):
    def pop(self, i=-1):
        return ('L.pop', i)
class M(list):
    pass
print(L([1, 2]).pop(), L([1]).pop(0))
m = M([4, 5, 6])
print(m.pop(), m.pop(0), m)
print(list.pop([7, 8]), list.pop([7, 8], 0))
p = [1, 2, 3].pop
print(p(), p(0))
try:
    [1].pop(0, 1)
except TypeError:
    print('TypeError two args')
try:
    [1].pop(index=0)
except TypeError:
    print('TypeError keyword')
try:
    list.pop((1, 2))
except TypeError:
    print('TypeError tuple self')
items = [[i, str(i)] for i in range(5)]
print([x.pop() for x in items], items)
# Indexes beyond 32 bits are out of range for every sequence (as CPython's 64-bit index-sized ints).
for s in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), range(2)):
    for k in (2 ** 40, -2 ** 40):
        try:
            s[k]
        except IndexError as e:
            print(type(s).__name__, e)
