class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get2(self, k):
        if k in self:
            return self[k]
        return self.default
d = DefaultDict(0)
d["a"] = 5
print(d.get2("a"), d.get2("b"), len(d), isinstance(d, dict))
print(sorted(d.items()))
class Rec(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
r = Rec()
r["x"] = 4
print(r["x"])
class Init(dict):
    pass
i = Init(a=1, b=2)
print(sorted(i.items()))
