a = [1, 2]
print(a + [3], a * 2, 0 * a, a * -1, [[]] * 2)
print(a == [1, 2], a < [1, 3], a < [1, 2, 0], [] < [0], [2] > [1, 9])
print(1 in a, 5 not in a, len(a))
b = a
b += [3]
print(a, a is b)
a *= 2
print(b)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({1: 2}))
n = [[0] * 2] * 2
n[0][0] = 5
print(n)
try:
    a + (1,)
except TypeError:
    print("TypeError")
