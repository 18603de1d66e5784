try:
    from micropython import const
except ImportError:
    const = lambda x: x
A = const(1)
B = const(A << 3)
C = const(B | 0x01)
D = const((A + 2) * 10)
print(A, B, C, D)
flags = [A, B, C]
print(flags, sum(flags))
def uses(x=D):
    return x
print(uses())
