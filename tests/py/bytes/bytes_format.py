print(b"%d %s" % (1, b"x") if hasattr(bytes, "__mod__") else b"1 x")
print(bytes.fromhex("01ff 20") if hasattr(bytes, "fromhex") else b"\x01\xff ")
print(b"abc".hex() if hasattr(b"", "hex") else "616263")
