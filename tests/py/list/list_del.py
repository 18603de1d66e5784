l = list(range(8))
del l[0]
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
a = [1, 2, 3]
del a[-2:]
print(a)
