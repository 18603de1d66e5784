# int.to_bytes without a byte order writes little-endian, as MicroPython 1.8.2 does (CPython 3.11 defaults to
# big-endian, and older CPythons require the argument); an explicit order is honoured.
print((0x0102).to_bytes(2))
print((0x0102).to_bytes(2, 'big'), (0x0102).to_bytes(2, 'little'))
print((1).to_bytes(4), (0x123456789).to_bytes(8))
print(int.from_bytes((0xABCD).to_bytes(2), 'little') == 0xABCD)
try:
    (256).to_bytes(1)
except OverflowError:
    print('OverflowError')
