a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
*init, last = 'abc'
h, *m, t = range(6)
print(first, rest, init, last, h, m, t)
x = y = z = 7
print(x, y, z)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ['a', 'b', 'c']
print(lst)
del lst[0]
del lst[::2]
print(lst)
d = {}
d['k'] = 1
d['k'] += 5
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
