b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"x"))
print(bytes("abc", "utf-8"), bytes("é", "utf-8"), bytes(bytearray(b"ba")))
print(b + b"!", b * 2, 2 * b"ab", b"l" in b, 104 in b, b"xyz" in b)
print(b == b"hello", b != b"hell", b < b"help", b"a" < b"b")
print(list(b"AB"), tuple(b"\x00\xff"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc")
except TypeError:
    print("TypeError")
try:
    b[0] = 1
except TypeError:
    print("TypeError")
try:
    b + "s"
except TypeError:
    print("TypeError")
