class Base:
    def f(self): return "Base"
class L(Base):
    def f(self): return "L>" + super().f()
class R(Base):
    def f(self): return "R>" + super().f()
class D(L, R):
    def f(self): return "D>" + super().f()
print(D().f())
class X(Base): pass
class Y(X, Base):
    pass
print(Y().f())
print([c.__name__ for c in D.__mro__] if hasattr(D, "__mro__") else ["D", "L", "R", "Base", "object"])
