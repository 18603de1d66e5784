# @micropython.viper machine words (64-bit, as sys.maxsize says): uint(x) casts to an unsigned word, a function
# annotated -> int returns a signed word (None is 0, a bool 0 or 1, big values wrap), -> uint an unsigned one and
# -> ptr an address; a pointer made from an address (an int) reaches the buffer behind it, bounds-checked.
import sys
import micropython

@micropython.viper
def all_ones() -> uint:
    return uint(-1)

@micropython.viper
def nothing() -> int:
    return None

@micropython.viper
def flag(b) -> int:
    return b

@micropython.viper
def wrap(x) -> int:
    return x

@micropython.viper
def falls_off(x:int) -> int:
    x += 1

@micropython.viper
def address(p:ptr8) -> ptr:
    return p

@micropython.viper
def fill(dst:ptr8, n:int, v:int):
    for i in range(n):
        dst[i] = v

print(all_ones() == 2 * sys.maxsize + 1, nothing(), flag(True), flag(False), falls_off(1))
print(wrap(2 ** 64 + 5), wrap(2 ** 63), wrap(-1))
buf = bytearray(6)
a = address(buf)
print(type(a).__name__, a == address(buf))
fill(a + 2, 3, 0x41)
print(buf)
fill(buf, 2, 0x7A)
print(buf)
for args in ((a + 5, 2, 1), (a + 6, 1, 1)):
    try:
        fill(*args)
    except IndexError:
        print('IndexError')
try:
    fill(16, 1, 0)
except ValueError:
    print('ValueError')
