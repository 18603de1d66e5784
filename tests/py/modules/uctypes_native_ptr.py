# uctypes: NATIVE layout (the default) pads a struct's size to its largest scalar, also for arrays of structs;
# a PTR field holds a board address (4 bytes) that resolves to a Python buffer; a struct may be made at an address
# with no buffer behind it, but reading its fields is then refused.
import uctypes
rec = {'tag': uctypes.UINT8 | 0, 'val': uctypes.UINT32 | 4, 'end': uctypes.UINT8 | 8}
print(uctypes.sizeof(rec), uctypes.sizeof({'h': uctypes.UINT16 | 0, 'b': uctypes.UINT8 | 2}))
table = {'rows': (uctypes.ARRAY | 0, 2, {'w': uctypes.UINT32 | 0, 'f': uctypes.UINT8 | 4})}
print(uctypes.sizeof(table), uctypes.sizeof({'p': (uctypes.PTR | 0, uctypes.UINT16)}))
buf = bytearray(16)
native = uctypes.struct(uctypes.addressof(buf), table)
packed = uctypes.struct(uctypes.addressof(buf), table, uctypes.LITTLE_ENDIAN)
native.rows[1].w = 0x0A0B0C0D
print(buf)
print(uctypes.sizeof(native), uctypes.sizeof(packed), uctypes.sizeof(native.rows[0]), hex(packed.rows[1].w))
text = b'hi!'
cell = uctypes.addressof(text).to_bytes(uctypes.sizeof({'p': (uctypes.PTR | 0, uctypes.UINT8)}))
s = uctypes.struct(uctypes.addressof(cell), {'p': (uctypes.PTR | 0, uctypes.UINT8), 'q': (uctypes.PTR | 0, uctypes.UINT16)})
print(s.p[0], s.p[2], hex(s.q[0]))
nowhere = uctypes.struct(0, rec)
print(uctypes.sizeof(nowhere))
try:
    nowhere.val
except ValueError:
    print('ValueError')
