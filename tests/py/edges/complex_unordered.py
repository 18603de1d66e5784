# Complex numbers are unordered: TypeError for <, <=, >, >= whatever the other side, even an int beyond floats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for other in (10**400, -10**400, 2**64, 1, 1.5, 2j):
    t(lambda: 0j <= other)
    t(lambda: 0j < other)
    t(lambda: other > 1j)
    t(lambda: other >= 1j)
    t(lambda: 0j == other)
    t(lambda: 0j != other)
t(lambda: complex(2**64) == 2**64)
t(lambda: (2**64 + 0j) == 2**64 + 1)
t(lambda: 1e300j == 10**400)
