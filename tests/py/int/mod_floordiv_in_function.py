# % and // on ints inside a function (compiled ahead of time by tests/aot/run, where they run inline): the sign
# rules (the result of % takes the divisor's sign, // rounds towards minus infinity), divisors 0 and -1, the int64
# edge, constants and variables on either side, and operands that are not small ints.


def by_vars(a, b):
    return a % b, a // b


def by_consts(a):
    return a % 3, a // 3, a % 1, a // 1, a % 7 == 0, a // 2 * 2


def inplace(a, b):
    x = a
    x %= b
    y = a
    y //= b
    return x, y


vals = [0, 1, 2, 5, 7, -1, -2, -5, -7, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 70)]
divs = [1, 2, 3, -1, -2, -3, 7, -7, 2 ** 62, -(2 ** 63), 2 ** 65]
for a in vals:
    print(a, by_consts(a))
    for b in divs:
        print(a, b, by_vars(a, b), inplace(a, b))


def errors(a):
    out = []
    for op in range(4):
        try:
            if op == 0:
                out.append(a % 0)
            elif op == 1:
                out.append(a // 0)
            elif op == 2:
                z = 0
                out.append(a % z)
            else:
                z = 0
                out.append(a // z)
        except ZeroDivisionError:
            out.append("ZeroDivisionError")
    return out


print(errors(5), errors(-(2 ** 63)))


def mixed(a, b):
    return a % b, a // b


print(mixed(7, 2.5), mixed(-7.5, 2), mixed(7, -2.0), mixed(True, 2), mixed(5, True))


def fmt(a, b):
    return a % b


print(fmt("%d-%s", (3, "x")), fmt("k%d", 5), fmt(b"%d", 7))


def loop(n):
    s = 0
    for i in range(-n, n):
        s += i % 4 + i // 3 - i % -5 + i // -2
    return s


print(loop(50))
