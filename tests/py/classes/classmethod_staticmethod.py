class A:
    count = 0
    def __init__(self):
        A.count += 1
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def helper(x, y):
        return x * y
    @classmethod
    def name(cls):
        return cls.__name__
class B(A):
    pass
A.create(2)
print(A.count)
print(A.helper(3, 4), A().helper(2, 2))
print(A.name(), B.name(), B().name())
print(type(B.create(1)[0]).__name__)
print(A.count)
class C:
    def m(self): return 1
    sm = staticmethod(lambda: "static")
    cm = classmethod(lambda cls: cls.__name__)
print(C.sm(), C.cm(), C().cm())
