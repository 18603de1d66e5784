print((0.5).as_integer_ratio() if hasattr(0.5, "as_integer_ratio") else (1, 2))
print(float.__name__)
print(int(2.999), int(-2.999), float(int(7.9)))
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.sqrt(16), math.fabs(-3), math.copysign(2, -0.0))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2))
