a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b, a[1] == b[1], a != [1, [2, 4]])
print([1, 2] == (1, 2), [] == [], [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x])
print([1, 2, 3] < [1, 2, 4] < [1, 3])
