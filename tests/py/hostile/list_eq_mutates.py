# An item's __eq__/__lt__ that changes the list being searched or compared: no crash, CPython's results.

class Clears:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, o):
        del self.lst[:]
        return True

l = []
l.append(Clears(l))
l.append(1)
l.remove(5)
print(l)

l = []
l.extend([0, Clears(l), 2, 3])
l.remove(2)
print(l)

l = []
l.extend([Clears(l), 2])
print(l.index(7), l)

l = []
l.extend([Clears(l), 1, 2])
print(l.count(9), l)

l = []
l.extend([Clears(l), 1])
print(9 in l, l)


class Shrinks:
    def __eq__(self, o):
        del b[:]
        return True

a = [Shrinks(), 1, 2]
b = [0, 1, 2]
print(a == b, a != b, b)
b = [0, 1, 2]
print(a < b, b)
b = [0, 5, 2]
print(a <= b, b)


class Appends:
    def __eq__(self, o):
        if len(b) < 10:
            b.append(0)
        return True

a = [Appends(), Appends()]
b = [0, 0]
print(a == b, len(b))

import heapq


class LtClears:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        del h[:]
        return True

h = []
for i in range(5):
    h.append(LtClears(i))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print('RuntimeError', e)
h = [LtClears(0), LtClears(1), LtClears(2)]
try:
    heapq.heappush(h, LtClears(3))
except RuntimeError as e:
    print('RuntimeError', e)
h = [LtClears(0), LtClears(1), LtClears(2)]
try:
    heapq.heappop(h)
except RuntimeError as e:
    print('RuntimeError', e)
print(len(h))
