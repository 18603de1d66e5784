def g():
    yield 1
    yield 1 / 0
try:
    print([x for x in g()])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(sum(int(s) for s in ["1", "2", "x"]))
except ValueError as e:
    print("ValueError", e)
try:
    {k: v for k, v in ["ab", "c"]}
except ValueError:
    print("ValueError")
