for b in [b"", b"abc", b"\x00\x01\x7f\x80\xff", b"'", b'"', b"'\"", b"\n\r\t\\", b"\x1b[0m"]:
    print(repr(b), str(b))
print(repr(bytearray(b"x\x00")), repr(bytearray()))
