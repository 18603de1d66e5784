# Slices whose step is beyond the int range (clamped internally) take one element, as CPython's do.
a = [0, 1, 2, 3, 4, 5]
print(a[slice(-2, -2**40, -2**40)], a[-2:-2**40:-2**40])
print(a[::-2**40], a[1::2**40], a[::2**31], a[::-2**31], a[::2**31 - 1], a[::-(2**31 - 1)])
b = a[:]
b[::-2**40] = [9]
print(b)
b[1::2**40] = (7,)
print(b)
print('abcdef'[::-2**40], (1, 2, 3)[::2**63], bytes(b'xyz')[::-2**70], list(range(5)[::2**40]))
try:
    b[::2**40] = [1, 2]
except ValueError as e:
    print('ValueError', e)
