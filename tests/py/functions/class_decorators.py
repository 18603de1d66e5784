def add_attr(cls):
    cls.extra = "added"
    return cls
@add_attr
class A:
    pass
print(A.extra)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class S:
    pass
print(S() is S())
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return "D:" + str(self.f(*a))
@Deco
def g(x):
    return x + 1
print(g(1))
