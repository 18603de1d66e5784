l = [1, 2, 3]
l.insert(-1, "a")
l.insert(-100, "start")
l.insert(100, "end")
l.insert(0, "zero")
print(l)
l.insert(len(l), "last")
print(l, l.pop(-2), l.pop(1))
e = []
e.insert(5, "x")
e.insert(-5, "y")
print(e)
