t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t[1:]).__name__)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t + (4,), t * 2, 2 * (0,), (1,) * 0)
print(t.index(2), t.count(3), 2 in t, 9 not in t)
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
try:
    t.index(9)
except ValueError:
    print("ValueError")
try:
    hash(([],))
except TypeError:
    print("TypeError")
