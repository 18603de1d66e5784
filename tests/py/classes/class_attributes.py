class A:
    x = 1
    l = []
    def add(self, v):
        self.l.append(v)
a1, a2 = A(), A()
a1.add(1); a2.add(2)
print(A.l, a1.l is a2.l)
a1.x = 5
print(a1.x, a2.x, A.x)
A.y = "new"
print(a2.y)
print(getattr(A, "x"), hasattr(A, "zzz"))
setattr(A, "z", 9)
print(a1.z)
delattr(A, "z")
print(hasattr(a1, "z"))
print("x" in A.__dict__, "x" in a1.__dict__, sorted(a1.__dict__))
class B(A):
    x = 2
print(B.x, B().l is A.l)
