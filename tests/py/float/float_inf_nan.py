inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NAN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("inf"))
import math
print(math.isinf(inf), math.isnan(nan), math.isinf(1.0), math.isnan(inf))
print(repr(inf), str(-inf), repr(nan))
print(max(1, inf), min(-inf, 0))
print(int(1e18), 1e18 == 10 ** 18)
try:
    int(inf)
except OverflowError:
    print("OverflowError")
print(inf // 1 if False else "skip")
print(float("  1.5 "), float("-0"), float("+2e3"))
