# uctypes over a bytearray: scalars, endianness, bitfields, arrays, nested structs, pointers within the buffer.
import uctypes
buf = bytearray(32)
desc = {
    'a': uctypes.UINT8 | 0,
    'b': uctypes.INT16 | 2,
    'c': uctypes.UINT32 | 4,
    'lo': uctypes.BFUINT16 | 8 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    'hi': uctypes.BFUINT16 | 8 | 4 << uctypes.BF_POS | 12 << uctypes.BF_LEN,
    'arr': (uctypes.ARRAY | 10, uctypes.UINT8 | 4),
    'sub': (14, {'x': uctypes.UINT8 | 0, 'y': uctypes.UINT8 | 1}),
    'recs': (uctypes.ARRAY | 16, 2, {'v': uctypes.UINT16 | 0}),
    'ptr': (uctypes.PTR | 20, uctypes.UINT8),
}
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
s.a = 200
s.b = -2
s.c = 0x12345678
s.lo = 5
s.hi = 0xABC
s.arr[1] = 7
s.sub.y = 9
s.recs[1].v = 0x0102
print(s.a, s.b, hex(s.c), s.lo, hex(s.hi), list(s.arr), s.sub.x, s.sub.y, s.recs[1].v)
print(bytes(buf[:16]))
print(uctypes.sizeof(desc), uctypes.sizeof(s))
addr = uctypes.addressof(buf)
buf[20:24] = (addr + 10).to_bytes(4, 'little')
print(s.ptr[1])
be = uctypes.struct(addr, {'w': uctypes.UINT32 | 4}, uctypes.BIG_ENDIAN)
print(hex(be.w))
print(uctypes.bytes_at(addr + 4, 4), len(uctypes.bytearray_at(addr, 8)))
far = uctypes.struct(0x40000000, desc)   # a struct may sit anywhere; its fields need a Python buffer there
print(uctypes.sizeof(far))
try:
    far.a
except ValueError:
    print('ValueError')
