print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(4, "big"))
print((2 ** 64 - 1).to_bytes(8, "little"))
print((2 ** 100).to_bytes(13, "big"))
print((255).to_bytes(1, "big"), (65535).to_bytes(4, "little"))
v = 0x123456789ABCDEF0123
print(int.from_bytes(v.to_bytes(10, "big"), "big") == v)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError")
