import math
print(math.pi, math.e)
print(math.sin(0), math.cos(0), math.tan(0), math.exp(0), math.log(1))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.log(math.e), math.log10(1000), math.log(8, 2), math.exp(1) == math.e)
print(math.pow(2, 10), math.sqrt(2), math.atan2(1, 1) * 4 == math.pi)
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.asin(1) * 2 == math.pi, math.acos(1), math.atan(0))
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(1), 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
