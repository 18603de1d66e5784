print(2 ** 10, 2 ** 0, 0 ** 5, (-2) ** 3, (-2) ** 4)
print(3 ** 100)
print(2 ** -1, 10 ** -2)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(7, 123456789, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(123456789012345678901234567890, 3, 10 ** 20 + 7))
print(pow(2, 0, 1), pow(0, 0))
try:
    pow(2, -1, 5) if False else pow(2, 3, 0)
except ValueError as e:
    print("ValueError")
try:
    pow(2.0, 2, 3)
except TypeError:
    print("TypeError")
