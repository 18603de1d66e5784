print(0, 00, 123, -7)
print(0x1F, 0XfF, 0o17, 0O7, 0b101, 0B11)
print(1000)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0x80000000, 0x7fffffff)
print(12345678901234567890)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(type(10**30).__name__)
print(int("0"), int("-0"))
for src in ["0x", "0b2", "0o8", "09"]:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError:
        print("SyntaxError", src)
