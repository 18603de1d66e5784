print(1 + 2, 7 - 10, 6 * 7, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(10 / 4, 1 / 3, -1 // 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 40, -1 >> 3, 1000000 * 1000000)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
print(abs(-3), divmod(7, 2), divmod(-7, 2), pow(3, 4), pow(3, 4, 5), round(7.5), round(8.5))
print(int('42'), int(' -17 '), int('ff', 16), int('0x1F', 0), int('101', 2), int(3.9), int(-3.9), int(True))
for bad in ['abc', '', '1.5', '0x']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
