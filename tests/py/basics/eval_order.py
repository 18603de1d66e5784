log = []
def v(x):
    log.append(x)
    return x
d = {}
d[v("k")] = v("v")
print(log)
log.clear()
v(1) + v(2) * v(3)
print(log)
log.clear()
l = [v(i) for i in range(3)]
print(log)
log.clear()
a = v("a") or v("b")
b = v(0) and v("c")
print(log)
log.clear()
x, y = v(1), v(2)
print(log)
log.clear()
v([1])[v(0)] = v("val")
print(log)
