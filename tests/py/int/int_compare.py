big = 2 ** 100
print(big > 1, big < -1, -big < 0, big == 2 ** 100, big != big + 1)
print(1 < 2.5, 3 == 3.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(big > 1e20, big < 1e40, -big > -1e40)
print(sorted([big, -big, 0, 5, -3, 2 ** 64]))
print(max(10 ** 20, 10 ** 19), min(-10 ** 20, 5))
print(10 ** 20 == 10 ** 20)
print(True == 1, 1 == 1.0, 0 == -0.0, 1 < True + 1)
