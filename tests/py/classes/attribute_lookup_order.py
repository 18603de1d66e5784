class A:
    x = "class A"
    def f(self): return "A.f"
class B(A):
    pass
b = B()
print(b.x, b.f())
B.x = "class B"
print(b.x, A.x)
b.x = "instance"
print(b.x)
del b.x
print(b.x)
b.f = lambda: "instance f"
print(b.f(), B.f(b))
del B.x
print(b.x)
