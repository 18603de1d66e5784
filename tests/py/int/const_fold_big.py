# Constant expressions over ints up to 128 bits fold at compile time (as CPython's folder); bigger ones and errors are left to run time.
M = 10 ** 30
print(M, 2 ** 64, -(2 ** 70), 2 ** 127 + 1, (1 << 100) - 1, 10 ** 40, 7 ** 60 % 1000, 2 ** 64 // 3, -2 ** 63)
def f(x):
    return (x * 3 + 1) % (10 ** 30) + 2 ** 100 - (1 << 90)
print(f(12345678901234567890))
print(1 / 3 * 2 ** 80, 2.0 ** 200, (2 ** 63) * 1.5)
try:
    print(2 ** 100 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(type(2 ** 100).__name__, 2 ** 100 == 1267650600228229401496703205376)
