a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(a >> 10, a << 5, a & b, a | b, a ^ b, ~a, -a >> 3)
print(2 ** 64 - 1, -(2 ** 63), 12345678901234567890 * 98765432109876543210)
print(int('123456789012345678901234567890'), hex(2 ** 70), bin(2 ** 65), oct(-2 ** 66))
print(pow(2, 200, 10 ** 9 + 7), abs(-a), a == 2 ** 100, a > b, a < -b, hash(5) == hash(5))
print((1 << 100).bit_length(), int.from_bytes(b'\x01\x00', 'big'), (1024).to_bytes(2, 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print(10 ** 30 / 10 ** 10, float(2 ** 80), 7 ** 77 % 1000)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
