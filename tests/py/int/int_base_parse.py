print(int("42"), int("-42"), int("  7  "), int("+3"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 3))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffffffff", 16))
print(int("0", 0), int("10", 0))
for s, b in [("", 10), ("12a", 10), ("9", 8), ("0x", 16), ("1 2", 10), ("--1", 10), ("08", 0)]:
    try:
        int(s, b)
        print("ok")
    except ValueError as e:
        print("ValueError", e)
try:
    int("1", 1)
except ValueError:
    print("ValueError base")
try:
    int(1, 10)
except TypeError:
    print("TypeError")
