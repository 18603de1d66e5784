def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
def acc():
    total = 0
    while True:
        v = yield total
        total += v
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
g2 = echo()
try:
    g2.send(5)
except TypeError:
    print("TypeError")
