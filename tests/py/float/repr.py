vals = [0.1, 0.2 + 0.1, 1.0, -0.0, 1e16, 1e-5, 123456789.123, 1.5e300, 2.5e-310, 1 / 3, 2 / 3, 100.0, 1e22, 5e-324]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), float('  1.5 '), float('1e3'), float('-.5'))
print(1.5 + 2, 3 * 0.1, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 10 / 4)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(3.14159, 3), round(1234.5, -2))
print(int(1e20), float(10 ** 20), 1e308 * 10, -1e308 * 10)
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2.5 > 2, hash(1.0) == hash(1), (0.5).as_integer_ratio(), (2.0).is_integer())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    float('x1')
except ValueError as e:
    print('ValueError', e)
