for n in [0, 1, -1, 10, 255, -255, 2 ** 32, 2 ** 64 + 5, -(2 ** 70)]:
    print(bin(n), oct(n), hex(n))
try:
    bin(1.0)
except TypeError:
    print("TypeError")
try:
    oct("8")
except TypeError:
    print("TypeError")
