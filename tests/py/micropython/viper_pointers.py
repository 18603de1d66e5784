# @micropython.viper runs as bytecode: parameters annotated ptr8/ptr16/ptr32 and the casts ptr8(...) in the body are
# bounds-checked views of little-endian unsigned items over a buffer (bytearray, array, memoryview)
import array

@micropython.viper
def fill(dst:ptr16, v:int, n:int):
    for i in range(n):
        dst[i] = v + i

@micropython.viper
def total(src) -> int:
    p = ptr8(src)
    s = 0
    for i in range(int(len(src))):
        s += p[i]
    return s

@micropython.viper
def word(src:ptr32, i:int) -> int:
    return src[i]

b = bytearray(6)
fill(b, 0x0102, 3)
print(b, total(b))
a = array.array('I', [0xdeadbeef, 7])
print(hex(word(a, 0)), word(a, 1), word(memoryview(b), 1) if len(b) >= 8 else "short")

@micropython.viper
def poke(dst:ptr8, i:int, v:int):
    dst[i] = v

poke(b, 0, 0x1ff)
print(b[0])
for args in ((b, 6, 1), (b, -1, 1)):
    try:
        poke(*args)
    except IndexError:
        print("IndexError")
try:
    poke(b"ro", 0, 1)
except TypeError:
    print("TypeError")
try:
    poke(12345, 0, 1)
except ValueError:
    print("ValueError")

def ordinary():
    ptr8 = "a local name"
    return ptr8
print(ordinary())
