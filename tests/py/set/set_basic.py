s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(4); s.add(1)
print(sorted(s))
s.remove(4)
s.discard(99)
print(sorted(s))
print(sorted(set()), sorted(set([1, 1, 2])), sorted(set("hello")), sorted(set(range(3))))
x = s.pop()
print(x in (1, 2, 3), len(s))
s.clear()
print(s, set(), len(s))
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError:
    print("TypeError")
