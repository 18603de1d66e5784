try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
import binascii
for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'The quick brown fox jumps over the lazy dog' * 3]:
    h = hashlib.sha256(data)
    print(binascii.hexlify(h.digest()), binascii.hexlify(hashlib.sha1(data).digest()))
h = hashlib.sha256()
h.update(b'hello ')
h.update(b'world')
print(binascii.hexlify(h.digest()), h.digest() == hashlib.sha256(b'hello world').digest())
