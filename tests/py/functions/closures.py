def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
g = 5
def read_g():
    return g
def set_g():
    global g
    g = 6
set_g()
print(read_g())
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except NameError as e:
    print(type(e).__name__)
