class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k not in self.d:
            raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
g = Grid()
g[1, 2] = "a"
g["x"] = "b"
print(g[1, 2], g["x"], len(g), (1, 2) in g, 5 in g)
del g["x"]
print(len(g))
try:
    g["x"]
except KeyError as e:
    print("KeyError", e)
class Sl:
    def __getitem__(self, s):
        return s
s = Sl()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...])
