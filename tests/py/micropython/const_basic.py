try:
    from micropython import const
except ImportError:
    const = lambda x: x
X = const(123)
Y = const(0x10)
Z = const(X + 1)
_HIDDEN = const(7)
print(X, Y, Z, _HIDDEN)
def f():
    return X * 2 + Y
print(f())
class C:
    A = const(5)
print(C.A)
print(const(1 << 4), const(-3))
