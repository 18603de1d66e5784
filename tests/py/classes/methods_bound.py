class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
a = A(5)
m = a.get
print(m())
a.n = 6
print(m())
print(A.get(a))
fs = [A(i).get for i in range(3)]
print([f() for f in fs])
def free(self): return "free" + str(self.n)
A.free = free
print(a.free())
a.inst_fn = lambda: "inst"
print(a.inst_fn())
print(m.__self__ is a if hasattr(m, "__self__") else True)
