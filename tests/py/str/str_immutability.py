s = "abc"
t = s
s += "d"
print(s, t)
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
try:
    del s[0]
except TypeError:
    print("TypeError")
try:
    s.foo = 1
except AttributeError:
    print("AttributeError")
print(s.upper(), s)
