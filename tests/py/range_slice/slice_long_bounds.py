# list slices whose int bounds and steps lie beyond the 32-bit range, read and assigned (the VM computes list slice
# indices from the numbers directly).
a = list(range(12))
big = 2 ** 40
print(a[big:], a[-big:3], a[3:big], a[:-big], a[-big:big:big], a[big:-big:-big])
print(a[big:-big:-3], a[-big:big:5], a[2:big:-1], a[-1:-big:-4])
b = a[:]
b[big:] = [99]
print(b)
b[-big:2] = (7, 8, 9)
print(b)
b[5:big] = []
print(b)
b[::big] = ['x']
print(b)
b[::-big] = ['y']
print(b)
try:
    b[::big] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    b[1:2:0]
except ValueError as e:
    print('ValueError', e)
try:
    b[1:2:0] = []
except ValueError as e:
    print('ValueError', e)
c = [1, 2, 3]
c[1:1] = c
print(c)
c[::-1] = c
print(c)
i, j, k = 1, 7, 2
d = list(range(10))
for n in range(3):
    d[i:j:k] = d[j - 1:i - 1 if i else None:-k][:len(d[i:j:k])]
    print(d)
