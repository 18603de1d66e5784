print(bool(range(0)), bool(range(1)), bool(range(5, 1)))
print(len(range(-5)), list(range(3, -3, -2)))
print(range(0, 10)[2:8:3], list(range(0, 10)[2:8:3]))
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(0, 10), 1.0 in range(3) if False else True)
