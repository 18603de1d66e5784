def deco(f):
    def wrapper(*a, **k):
        print("before", f.__name__)
        r = f(*a, **k)
        print("after")
        return r
    return wrapper
@deco
def hello(name):
    print("hello", name)
    return 42
print(hello("x"))
def repeat(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@repeat(3)
def one():
    return 1
print(one())
def a(f):
    return lambda: "a(" + f() + ")"
def b(f):
    return lambda: "b(" + f() + ")"
@a
@b
def base():
    return "x"
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def r1(): pass
@register
def r2(): pass
print(registry, r1())
