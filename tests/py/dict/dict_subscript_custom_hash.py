class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
d = {K(1): "one", K(2): "two"}
print(d[K(1)], d[K(2)], K(3) in d, len(d))
d[K(1)] = "uno"
print(d[K(1)], len(d))
del d[K(2)]
print(len(d))
