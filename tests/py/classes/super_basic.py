class A:
    def __init__(self, v):
        self.v = v
        print("A init", v)
    def m(self):
        return "A.m"
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
        print("B init")
    def m(self):
        return "B.m+" + super().m()
b = B(5)
print(b.v, b.m())
class C(B):
    def m(self):
        return "C.m+" + super(C, self).m()
print(C(1).m())
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class K2(K):
    @classmethod
    def make(cls):
        return "K2:" + super().make()
print(K2.make())
