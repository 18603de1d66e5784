matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({i: [j for j in range(i)] for i in range(3)})
print(sum([[1], [2, 3]], []))
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
