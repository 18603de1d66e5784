class A:
    @staticmethod
    def s(): return "static"
    def name(self): return "A"
class B(A):
    def name(self): return "B>" + super().name()
    def explicit(self): return super(B, self).name()
print(A.s(), B.s(), B().s(), B().name(), B().explicit())
class C(B):
    def name(self): return "C>" + super().name()
print(C().name())
