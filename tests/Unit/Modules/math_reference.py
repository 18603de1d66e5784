# Reference for MathAccuracyTests: reads lines "func x [y] value" (values as repr) computed by MicroPy.Nano and
# prints "func max_ulps_vs_truth max_ulps_vs_cpython max_excess" per function, where the excess is our distance
# from CPython less CPython's own distance from the truth on that argument. Truth comes from Decimal at high precision;
# CPython's math (the oracle, which uses the C library) is reported too.
import math
import sys
from decimal import Decimal, getcontext

getcontext().prec = 900


def machin_pi():
    getcontext().prec += 10

    def arctan(inv):
        x = Decimal(1) / inv
        x2 = x * x
        s = t = x
        n = 1
        eps = Decimal(10) ** -getcontext().prec
        while True:
            t = -t * x2
            n += 2
            q = t / n
            if abs(q) < eps:
                break
            s += q
        return s

    p = 4 * (4 * arctan(5) - arctan(239))
    getcontext().prec -= 10
    return +p


PI = machin_pi()
SQRT_PI = PI.sqrt()
LN2 = Decimal(2).ln()


def erf(x):
    x2 = x * x
    t = s = x
    n = 0
    eps = Decimal(10) ** -880
    while True:
        n += 1
        t = t * x2 / n
        q = t / (2 * n + 1)
        s = s - q if n % 2 else s + q
        if abs(q) < eps:
            break
    return 2 * s / SQRT_PI


TRUTH = {
    'erf': erf,
    'erfc': lambda x: 1 - erf(x),
    'expm1': lambda x: x.exp() - 1,
    'log2': lambda x: x.ln() / LN2,
    'asinh': lambda x: (x + (x * x + 1).sqrt()).ln() if x >= 0 else -(-x + (x * x + 1).sqrt()).ln(),
    'acosh': lambda x: (x + (x * x - 1).sqrt()).ln(),
    'atanh': lambda x: ((1 + x) / (1 - x)).ln() / 2,
    'hypot': lambda x, y: (x * x + y * y).sqrt(),
}


def ulps(v, t):
    if isinstance(t, Decimal):
        if t == 0:
            return 0.0 if v == 0 else float('inf')
        return float(abs(Decimal(v) - t) / Decimal(math.ulp(float(t))))
    if v == t:
        return 0.0
    return abs(v - t) / math.ulp(t)


worst = {}
for line in open(sys.argv[1]):
    parts = line.split()
    f = parts[0]
    args = [float(p) for p in parts[1:-1]]
    v = float(parts[-1])
    try:
        cp = getattr(math, f)(*args)
    except OverflowError:
        sys.exit("CPython overflows on " + line)
    t = TRUTH[f](*[Decimal(a) for a in args]) if f in TRUTH else None
    a, b, c = worst.get(f, (0.0, 0.0, 0.0))
    # how far ours is from CPython, beyond CPython's own error on the same argument
    excess = ulps(v, cp) - (ulps(cp, t) if t is not None else 0.0)
    worst[f] = (max(a, ulps(v, t) if t is not None else -1.0), max(b, ulps(v, cp)), max(c, excess))
for f in sorted(worst):
    print(f, worst[f][0], worst[f][1], worst[f][2])
