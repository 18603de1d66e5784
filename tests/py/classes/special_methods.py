class V:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __call__(self, x):
        return x * 2
    def __bool__(self):
        return bool(self.items)
    def __lt__(self, o):
        return len(self) < len(o)
    def __str__(self):
        return 'V' + str(self.items)
    def __hash__(self):
        return 7
    def __neg__(self):
        return V(*[-x for x in self.items])
    def __radd__(self, o):
        return o + sum(self.items)
    def __iadd__(self, o):
        self.items.append(o)
        return self
v = V(1, 2, 3)
v[0] = 10
del v[1]
print(len(v), v[0], 3 in v, list(v), v(4), bool(V()), V(1) < v, str(v), hash(v), -v, 5 + v)
v += 9
print(v)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [str(x) for x in sorted([V(1, 2), V(1)])])
class Attr:
    def __getattr__(self, name):
        return 'dyn_' + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
a = Attr()
a.x = 2
print(a.x, a.other)
