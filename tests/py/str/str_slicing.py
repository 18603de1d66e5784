s = "hello world"
print(s[0], s[-1], s[4], s[-5])
print(s[1:4], s[:5], s[6:], s[-5:], s[:-6], s[:])
print(s[::2], s[::-1], s[1::3], s[-1:-6:-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[5:5]))
print(s[slice(1, 3)], s[slice(None, None, -2)])
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "H"
except TypeError:
    print("TypeError")
try:
    s["a"]
except TypeError:
    print("TypeError")
