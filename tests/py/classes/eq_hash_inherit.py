class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return type(o) is type(self) and self.x == o.x
    def __hash__(self): return hash(self.x)
class Q(P):
    pass
print(P(1) == P(1), P(1) == Q(1), Q(2) == Q(2))
print(len({P(1), P(1), Q(1)}))
d = {Q(5): "q"}
print(d[Q(5)])
class Plain: pass
a = Plain()
print(a == a, hash(a) == hash(a), len({a, a}))
