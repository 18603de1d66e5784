# Range lengths beyond 2**31 are Python ints, never a wrong number; slicing keeps the real step.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

t(lambda: len(range(2**31)))
t(lambda: len(range(2**32 + 7)))
t(lambda: len(range(0, 2**63 - 1, 3)))
t(lambda: len(range(-2**62, 2**62)))
t(lambda: len(range(2**63 - 1, -2**63, -2**62)))
t(lambda: len(range(-2**63, 2**63 - 1, 2)))
t(lambda: len(range(0, 2**63 - 1, 2**62)))
t(lambda: bool(range(2**63 - 2, 2**63 - 1)))
t(lambda: range(0, 2**63 - 1, 3)[-1])
t(lambda: range(0, 2**63 - 1, 3)[2**40])
t(lambda: (2**63 - 4) in range(-5, 2**63 - 1, 3))
t(lambda: (2**63 - 3) in range(-5, 2**63 - 1, 3))
t(lambda: range(-5, 2**63 - 1, 3).index(2**63 - 5))
t(lambda: (-2**63 + 1) in range(2**63 - 1, -2**63, -2))
t(lambda: range(10)[-2**63:-100:2**32])
t(lambda: range(10)[::2**31])
t(lambda: range(10)[2**40:-2**40:-2**33])
t(lambda: range(0, 100, 7)[2**63:])
t(lambda: range(0, 100, 7)[-2**100:2**100:3])
t(lambda: range(2**31, 2**33)[2**31:])
t(lambda: range(2**31, 2**33)[-3:])
t(lambda: list(range(2**62, 2**63 - 1, 2**61)))
t(lambda: list(range(10)[2**31:2**40]))
t(lambda: list(reversed(range(-2**63, -2**63 + 3))))
t(lambda: list(reversed(range(2**63 - 1, 2**63 - 10, -4))))
t(lambda: list(range(2**63 - 3, 2**63 - 1)))
t(lambda: list(range(-2**63 + 2, -2**63, -1)))
def loop(r):
    out = []
    for i in r:
        out.append(i)
    return out
t(lambda: loop(range(2**62, 2**63 - 1, 2**61)))
t(lambda: loop(range(-2**62, -2**63, -2**61)))
t(lambda: [i for i in range(2**63 - 2, 2**63 - 1)])
