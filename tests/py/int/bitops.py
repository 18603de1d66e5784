a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
B = 2 ** 80 + 2 ** 40 + 7
C = 2 ** 75 + 2 ** 40 + 3
print(B & C, B | C, B ^ C, ~B)
print(-B & C, B & -C, -B | C, -B ^ -C)
print(B & 0xFF, -B & 0xFFFF, (2 ** 64 - 1) & -1)
print(0xFFFFFFFF & 0x0F0F0F0F, 0x80000000 | 1)
try:
    1 & 1.0
except TypeError:
    print("TypeError")
