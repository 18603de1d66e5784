# bytes and bytearray text methods know ASCII only: bytes 0x80-0xFF are no letters, digits or whitespace.
hi = bytes(range(0x80, 0x100))
for b in [b'\xff\xfe', b'\xe9t\xe9', b'\xa0x\xa0', b'\x85a\x85', b'AbC\xc0\xe0', bytearray(b'\xdf\xff'), hi]:
    print(b.upper(), b.lower(), b.isalpha(), b.isupper(), b.islower(), b.isspace(), b.isalnum(), b.isdigit())
    print(b.strip(), b.split(), b.lstrip(b'\xa0'), b.rstrip(b'\xa0\x85'), b.split(b'\xe9'), b.replace(b'\xff', b'!'))
    print(b.center(12, b'\xff'), b.zfill(6), b.find(b'\xe9'), b.count(b'\xa0'), b.startswith(b'\xff'), b.partition(b'x'))
print(b'\xa0 a \xa0'.split(), b'x\x85y'.splitlines(), bytearray(b'\xc9COLE').lower(), b'\xff' in hi, hi.upper() == hi)
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1') if False else '', b'%s-%d' % (b'\xff', 5))
print(b'%s|%s|%d' % (b'ab', bytearray(b'\xfe'), 3), b'[%s]' % b'', b'%5s' % b'x')
