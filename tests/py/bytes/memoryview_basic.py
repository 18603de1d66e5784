b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[1:3].tobytes() if hasattr(m, "tobytes") else b"el")
m[0] = 72
print(b)
m2 = m[6:]
m2[0:5] = b"WORLD"
print(b)
print(bytes(memoryview(b"abc")), list(memoryview(b"ab")))
try:
    memoryview(b"abc")[0] = 1
except TypeError:
    print("TypeError")
try:
    m[0:2] = b"xyz"
except ValueError:
    print("ValueError")
try:
    memoryview("str")
except TypeError:
    print("TypeError")
s = m[2:8]
print(bytes(s), len(s))
