# float division by zero in functions (compiled ahead of time, on nanoCLR too): ZeroDivisionError, never a host fault
def f1():
    return 1.0 / 0
def f2(x):
    return x / 0
def f3(x, y):
    return x / y
for fn, args in ((f1, ()), (f2, (1.0,)), (f2, (1,)), (f3, (1.0, 0)), (f3, (1.0, 0.0)), (f3, (1, 0.0)), (f3, (1, 0))):
    try:
        print(fn(*args))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
g = lambda: 1.0 / 0
try:
    g()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
