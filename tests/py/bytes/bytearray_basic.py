a = bytearray(b"abc")
print(a, len(a), a[0], a[-1], a[1:], type(a[1:]).__name__)
a[0] = 65
print(a)
a.append(100)
a.extend(b"ef")
a.extend([103])
print(a)
a[1:3] = b"XYZ"
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a += b"!!"
print(a, a * 2)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"), bytearray(range(65, 68)))
print(a.pop(), a, a.pop(0), a)
a.insert(0, 120)
a.remove(120)
print(a)
a.reverse() if hasattr(a, "reverse") else None
print(a)
print(b"x" + bytearray(b"y"), bytearray(b"y") + b"x", bytearray(b"a") == b"a")
try:
    a[0] = 256
except ValueError:
    print("ValueError")
try:
    a.append("x")
except TypeError:
    print("TypeError")
try:
    bytearray().pop()
except IndexError:
    print("IndexError")
