class A:
    def who(self): return "A"
    def a(self): return "a"
class B:
    def who(self): return "B"
    def b(self): return "b"
class C(A, B):
    pass
class D(B, A):
    pass
c = C(); d = D()
print(c.who(), d.who(), c.a(), c.b(), d.a())
print(isinstance(c, A), isinstance(c, B))
print([k.__name__ for k in C.__bases__])
