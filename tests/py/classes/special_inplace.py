class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
r = o
o += 5
print(o.v, r.v, o is r)
