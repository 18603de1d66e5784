try:
    import ustruct as struct
except ImportError:
    import struct
print(struct.pack('<HhI', 1, -2, 3), struct.pack('>i', -1), struct.pack('<q', 2 ** 40), struct.pack('<f', 1.5), struct.pack('>d', -0.25))
print(struct.unpack('<HhI', b'\x01\x00\xfe\xff\x03\x00\x00\x00'), struct.unpack('>i', b'\xff\xff\xff\xff'), struct.unpack('<f', b'\x00\x00\xc0?'))
print(struct.calcsize('<HhI'), struct.calcsize('<4s2B'), struct.pack('<4s2B', b'ab', 1, 2), struct.unpack('<3sB', b'xyz\x07'))
buf = bytearray(8)
struct.pack_into('<HH', buf, 2, 0x1234, 0xabcd)
print(buf, struct.unpack_from('<H', buf, 2), struct.unpack_from('<H', buf, -2))
print(struct.pack('<Q', 2 ** 64 - 1), struct.unpack('<Q', b'\xff' * 8), struct.pack('<?b', True, -128))
try:
    struct.unpack('<I', b'\x00')
except Exception as e:
    print("raised")
