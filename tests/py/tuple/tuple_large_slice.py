t = tuple(range(100))
print(len(t), t[10:20], t[::25], t[-5:], sum(t))
print(t[99], t[-100], t[1000:], t.count(50), t.index(77))
print(tuple(reversed(t))[:3])
