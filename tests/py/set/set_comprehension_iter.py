s = {x * x for x in range(-3, 4)}
print(sorted(s))
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
print(sorted(set(map(abs, [-1, 1, -2]))), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2}))
