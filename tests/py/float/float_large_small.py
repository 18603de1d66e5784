print(1e308, 1e308 * 10, 2.2250738585072014e-308, 5e-324 / 2)
print(1.7976931348623157e+308 + 1e292)
print(float(10 ** 308), 10.0 ** 308)
try:
    10.0 ** 309
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError")
print(1e-320, 1e-323, 4.9e-324)
