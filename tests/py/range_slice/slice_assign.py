l = list(range(10))
l[::3] = "abcd"
print(l)
l[8:2:-2] = [0, 0, 0]
print(l)
l[2:2] = [9, 9]
print(l)
l[-2:] = []
print(l)
l[:] = range(3)
print(l)
try:
    l[::-1] = [1]
except ValueError:
    print("ValueError")
b = bytearray(b"abcdef")
b[::2] = b"XYZ"
print(b)
