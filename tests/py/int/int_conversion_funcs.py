print(hex(0), hex(255), hex(-1), oct(0), oct(64), bin(0), bin(10))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(chr(65), ord("A"), chr(0x263A) == "\u263a")
print(str(12), repr(-12), "%d" % 12, "%x" % 255, "%o" % 8)
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), [0, 1, 2] * 1)
print(list(range(Idx()))[-1])
try:
    hex(1.5)
except TypeError:
    print("TypeError")
