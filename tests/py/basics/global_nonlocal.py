g = 1
def read():
    return g
def write():
    global g
    g = 2
print(read()); write(); print(g)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_global():
    global newglob
    newglob = "created"
make_global()
print(newglob)
def unbound():
    try:
        print(g)
        g = 5
    except NameError as e:
        print(type(e).__name__)
unbound()
print(issubclass(UnboundLocalError, NameError))
