# On the emulated board's /flash in `tests/nano/run ... --device`, next to app.pe: this file's functions compiled
# ahead of time by micropy-freeze and built for nanoFramework, which the board loads at start. The runner compiles
# scale() as it was in an older version of this file ('n * 3'): that stale body must not attach.
import util


def tri(n):
    s = 0
    for i in range(n):
        s += i
    return s


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def scale(n):
    return n * 2  # stale in app.pe


def run():
    print(tri(100), fib(100), scale(21), util.clamp(tri(10), 0, 40))
