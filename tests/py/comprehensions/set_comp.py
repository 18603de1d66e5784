print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
print(len({(x, y) for x in range(3) for y in range(3)}))
s = {x for x in []}
print(type(s).__name__, len(s))
