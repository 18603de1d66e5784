l = [3, 1, 2]
print(l, len(l), l[0], l[-1], l[1:], l[::-1])
l.append(4); l.insert(0, 0); l.insert(100, 9); l.insert(-1, 8)
print(l)
l.extend([5, 6]); l.extend(range(2)); l.extend("ab")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(4), l.count(1))
l.reverse()
print(l)
l.clear() if hasattr(l, "clear") else None
print(l)
l = [1, 2]
l2 = l.copy() if hasattr(l, "copy") else l[:]
l2.append(3)
print(l, l2)
