l = [1, 2, 3, 2, 1, 2]
print(l.index(2), l.index(2, 2), l.index(2, 4), l.index(1, -2), l.count(2), l.count(9))
try:
    l.index(3, 3)
except ValueError:
    print("ValueError")
print([None, 0, False].count(0), [[1], [1]].count([1]))
