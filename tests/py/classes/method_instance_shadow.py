# A method called on many instances of a class, some of which hold the same name in their own dict: the
# instance attribute wins exactly where it is set, also after it is added, replaced or deleted mid-loop.
class P:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def tag(self):
        return 'P'
objs = [P(i) for i in range(40)]
for i in range(0, 40, 7):
    objs[i].get = (lambda k: lambda: -k)(i)
print([o.get() for o in objs])
for rnd in range(3):
    out = []
    for i in range(40):
        o = objs[i]
        if rnd == 1 and i == 20:
            o.get = lambda: 'late'
        if rnd == 2 and i == 21:
            del objs[0].get
            del objs[20].get
        out.append(o.get())
    print(rnd, out)
print(objs[0].get(), objs[20].get(), objs[7].get())
# Many other keys (so that the dicts' key filters fill up) and names that differ only slightly.
class Q:
    def run(self):
        return 'method'
    def nur(self):
        return 'other'
qs = []
for i in range(30):
    q = Q()
    for j in range(i):
        setattr(q, 'attr%d' % j, j)
    if i % 10 == 3:
        q.run = lambda: 'own'
    qs.append(q)
print([q.run() for q in qs])
print([q.nur() for q in qs][:3], sum(len(q.__dict__) for q in qs))
# Attribute reads of class constants through many instances.
class R:
    LIMIT = 5
    def __init__(self, x):
        self.x = x
rs = [R(i) for i in range(10)]
rs[4].LIMIT = 100
print([r.x < r.LIMIT for r in rs])
R.LIMIT = 8
print([r.x < r.LIMIT for r in rs])
del rs[4].LIMIT
print(rs[4].LIMIT)
try:
    rs[0].missing
except AttributeError as e:
    print('AttributeError', e)
