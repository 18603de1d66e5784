# Infinities against each other and against finite values, through every comparison path: unboxed floats in a
# function, float objects in containers, sorting, min/max, equality in lists and dict lookups.
inf = float("inf")
ninf = -inf
vals = [inf, ninf, 0.0, -0.0, 1e308, -1e308, 5]


def cmps(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


for a in vals:
    for b in vals:
        print(repr(a), repr(b), cmps(a, b))
print(sorted([inf, 1.0, ninf, 0.0, ninf, inf]))
print(min(inf, ninf), max(inf, ninf), min([ninf, inf]), max([inf, ninf]))
print([inf] == [ninf], (inf,) == (inf,), [ninf] == [ninf])
d = {inf: "pos", ninf: "neg"}
print(len(d), d[inf], d[ninf])
print(inf in [ninf], ninf in [ninf], [inf, ninf].index(ninf))
