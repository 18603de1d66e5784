try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    [x for x in 5]
except TypeError:
    print("TypeError")
try:
    {x: y for x, y in [(1,)]}
except ValueError:
    print("ValueError")
try:
    {[]: 1 for _ in range(1)}
except TypeError:
    print("TypeError unhashable")
try:
    [undefined_q for _ in range(1)]
except NameError as e:
    print("NameError", e)
