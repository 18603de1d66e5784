class A:
    def f(cls, x): return cls.__name__ + str(x)
    f = classmethod(f)
    def g(x): return x * 2
    g = staticmethod(g)
class B(A): pass
print(A.f(1), B.f(2), B().f(3), A.g(4), B().g(5))
print(type(A.__dict__["f"]).__name__, type(A.__dict__["g"]).__name__)
