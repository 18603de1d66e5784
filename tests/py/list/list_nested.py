grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
m = [[1, 2], [3, 4]]
print([list(r) for r in zip(*m)])
deep = [1, [2, [3, [4]]]]
print(deep[1][1][1][0], len(deep))
c = m[:]
c[0].append(9)
print(m)
l = [1]
l.append(l)
print(len(l), l[1] is l)
