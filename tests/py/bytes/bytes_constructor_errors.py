def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: bytes(-1))
e(lambda: bytes([1, -1]))
e(lambda: bytes(["a"]))
e(lambda: bytes(1.5))
e(lambda: bytearray(-2))
e(lambda: b"abc"[5])
e(lambda: b"abc" * "x")
e(lambda: bytes(3))
e(lambda: bytes(iter([1, 2])))
