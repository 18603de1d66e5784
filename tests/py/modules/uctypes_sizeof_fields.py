# uctypes.sizeof of a struct's array fields (scalar and aggregate elements) and sub-structs; a scalar value has none;
# a descriptor alone is sized in the NATIVE layout (rounded up to its largest scalar, MicroPython 1.8.2)
import uctypes

desc = {
    "bytes3": (uctypes.ARRAY | 0, uctypes.UINT8 | 3),
    "words": (uctypes.ARRAY | 2, uctypes.UINT16 | 3),
    "recs": (uctypes.ARRAY | 0, 2, {"a": uctypes.UINT8 | 0, "b": uctypes.UINT32 | 1}),
    "sub": (1, {"x": uctypes.UINT16 | 0, "y": uctypes.UINT8 | 2}),
}
buf = bytearray(16)
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
print(uctypes.sizeof(s.bytes3), uctypes.sizeof(s.words), uctypes.sizeof(s.recs), uctypes.sizeof(s.sub))
print(uctypes.sizeof(s.recs[1]), uctypes.sizeof(desc), uctypes.sizeof(s))
for v in (s.words[0], 7, 1.5):
    try:
        uctypes.sizeof(v)
    except TypeError:
        print("TypeError")
