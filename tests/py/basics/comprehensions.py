print([x * 2 for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(10) if x % 2 if x > 3])
print({x % 3 for x in range(10)})
print({x: x * x for x in range(4)})
print(list(x + 1 for x in [1, 2]))
m = [[1, 2], [3, 4]]
print([[r[i] for r in m] for i in range(2)])
x = 'outer'
print([x for x in 'ab'], x)
