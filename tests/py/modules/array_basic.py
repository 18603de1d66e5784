import array
a = array.array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], list(a), sum(a))
a[0] = 100
print(a[0], a == array.array('i', [100, 2, 3, 4, 5, 6]))
b = array.array('B', b'\x01\x02\xff')
print(b, bytes(b), b.itemsize, b.typecode)
f = array.array('f', [1.5, -2.25])
d = array.array('d', [0.1])
print(f, d, bytes(array.array('h', [1, -1])))
try:
    array.array('B', [256])
except OverflowError:
    print('OverflowError')
try:
    array.array('z')
except ValueError:
    print('ValueError')
