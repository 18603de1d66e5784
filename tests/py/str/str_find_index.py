s = "hello hello"
print(s.find("ll"), s.find("ll", 3), s.find("ll", 3, 8), s.find("z"), s.find(""))
print(s.rfind("ll"), s.rfind("ll", 0, 5), s.rfind("z"), s.rfind(""))
print(s.index("o"), s.rindex("o"), s.index("h", 1))
print(s.count("l"), s.count("ll"), s.count(""), s.count("l", 5))
print("abc".find("c", -1), "abc".find("a", -10), "abc".find("", 10))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError", e)
