l = [1, 2, 3, 4, 5, 6]
l = [x for x in l if x % 2]
print(l)
a = [1, 2, 3]
for i, x in enumerate(a):
    a[i] = x * 10
print(a)
b = list(range(10))
while b and b[-1] > 5:
    b.pop()
print(b)
c = [0] * 5
c[2] = c[1] = 7
print(c)
