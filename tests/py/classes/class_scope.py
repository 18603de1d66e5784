class A:
    v = 10
    w = v * 2
    l = [1, 2]
    def m(self):
        return self.v + self.w
print(A.w, A().m())
class B:
    items = []
    for i in range(3):
        items.append(i)
print(B.items, B.i)
class C:
    def f(self): return "f"
    g = f
print(C().g())
def factory(n):
    class Local:
        val = n
    return Local
print(factory(5).val, factory(6).val)
