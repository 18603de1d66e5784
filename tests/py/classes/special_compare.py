class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return "V(%d)" % self.v
a, b = V(1), V(2)
print(a == V(1), a != V(1), a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9)), min([V(4), V(0)]))
print(a == 1, V(1) in [V(0), V(1)])
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError:
    print("TypeError")
x = NoCmp()
print(x == x, x != x, NoCmp() == NoCmp())
