ba = bytearray(b"0123456789")
mv = memoryview(ba)
ba[0] = ord("X")
print(bytes(mv[:3]))
mv[1:3] = b"YZ"
print(ba)
tail = mv[5:]
ba[9] = ord("!")
print(bytes(tail), len(tail))
