try:
    from micropython import const
except ImportError:
    const = lambda x: x
SIZE = const(8)
def make():
    return [0] * SIZE
print(len(make()))
def mask(v):
    return v & (SIZE - 1)
print([mask(i) for i in range(10, 20)])
