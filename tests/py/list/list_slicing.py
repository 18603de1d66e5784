l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-3], l[-3:-1], l[5:2], l[100:])
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[1::2]
print(l)
l[1:1] = range(3)
print(l)
l[:] = []
print(l)
m = [1, 2, 3, 4]
m[-1:] = [7, 8, 9]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError")
try:
    m[1:2] = 5
except TypeError:
    print("TypeError")
