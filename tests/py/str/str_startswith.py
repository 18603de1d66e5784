s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.endswith(".py"), s.endswith("x"))
print(s.startswith(""), s.endswith(""), s.startswith("llo", 2), s.endswith("hel", 0, 3))
print(s.startswith(("x", "h")), s.endswith((".txt", ".py")))
try:
    s.startswith(1)
except TypeError:
    print("TypeError")
