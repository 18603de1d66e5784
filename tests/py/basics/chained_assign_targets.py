a = b = [1, 2]
b.append(3)
print(a, a is b)
x = y = z = 0
y = 5
print(x, y, z)
l = [0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
d = {}
d["a"] = d["b"] = "shared"
print(sorted(d.items()))
class O: pass
o = O()
o.p = o.q = 3
print(o.p, o.q)
