# Floats mixed with ints inside functions (which the ahead-of-time translator compiles): arithmetic, true division,
# comparisons as values and as conditions, NaN, infinities, signed zeros, ints beyond 2**53.
def arith(a, b):
    return [a + b, a - b, a * b, b + a, b - a, b * a]


def quotient(a, b):
    return a / b


def div(a, b):
    try:
        return quotient(a, b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)


def consts(x):
    return [x + 3, x - 3, x * 3, x / 4, x / -2, 3 + x, 3 - x, 3 * x, 4 / x if x else "zero"]


def cmp_values(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


def cmp_jumps(a, b):
    r = ""
    if a < b:
        r += "<"
    if a <= b:
        r += "<="
    if a == b:
        r += "=="
    if a != b:
        r += "!="
    if a > b:
        r += ">"
    if a >= b:
        r += ">="
    return r


def cmp_const(x):
    r = [x < 4, x > -2, x == 0, x != 0]
    if x < 4:
        r.append("lt4")
    if x >= -2:
        r.append("ge-2")
    return r


def loop_sum(n):
    t = 0.0
    i = 0
    while i < n and t < 100.5:
        t = t + i / 2
        i += 1
    return t, i


nan = float("nan")
inf = float("inf")
big = 2 ** 53 + 1
values = [0, 1, -3, 7, 2.5, -0.0, 0.0, 1.0, -7.25, nan, inf, -inf, big, 2.0 ** 53, 1e300]
for a in values:
    for b in values:
        print(repr(a), repr(b), arith(a, b), div(a, b), cmp_values(a, b), cmp_jumps(a, b))
for x in values:
    print(repr(x), consts(x), cmp_const(x))
print(loop_sum(10), loop_sum(1000))
print(div(7, 2), div(-7, 2), div(big, 1), div(1, big), div(6, 3))


def folded():
    # Constant float expressions the compiler folds.
    return (2.0 ** 53, 2 ** 0.5, 10.0 ** -2)


print(folded())
