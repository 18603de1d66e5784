import math
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.pow(2, 10), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0))
print(math.isnan(float('nan')), math.isinf(float('inf')), math.isfinite(1.0), math.degrees(math.pi), math.radians(180))
print(math.factorial(10), math.gcd(12, 18), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3))
print(round(math.gamma(5), 10), round(math.lgamma(10), 10), round(math.erf(0.5), 12), round(math.erfc(0.5), 12))
print(round(math.asinh(1), 12), round(math.acosh(2), 12), round(math.atanh(0.5), 12), round(math.expm1(1e-10), 20))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.acos, 2)]:
    try:
        f(a)
    except ValueError as e:
        print('ValueError', e)
