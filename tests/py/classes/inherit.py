class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C+' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(B().hello(), C().hello(), D().hello())
print([k.__name__ for k in D.__mro__])
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l.total(), len(l), l[0])
