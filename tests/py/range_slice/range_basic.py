print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(0, -5, -1)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r)
print(r, range(5), range(0, 5, 2), repr(range(-1, 1)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(r.start, r.stop, r.step)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError")
try:
    range(1.5)
except TypeError:
    print("TypeError")
