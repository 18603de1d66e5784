b = bytes(range(10))
print(b[2:5], b[::3], b[::-2], b[-3:], b[100:], b[5:2])
ba = bytearray(range(10))
ba[::2] = bytes(5)
print(ba)
ba[2:8] = b""
print(ba)
ba[0:0] = b"\xff\xfe"
print(ba)
try:
    ba[::2] = b"x"
except ValueError:
    print("ValueError")
print(b[slice(1, 9, 4)], list(ba[1:3]))
