a = bytearray(b"hello world")
print(a.find(b"o"), a.count(b"l"), a.upper(), a.split(), a.replace(b"o", b"0"))
print(a.startswith(b"he"), a.strip(b"hd"), a.decode())
print(bytes(a), bytearray(a) is not a, a.copy() if hasattr(a, "copy") else a)
c = bytearray(b"abc")
c.clear() if hasattr(c, "clear") else None
print(c, len(c))
