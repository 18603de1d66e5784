print("aaaa".count("aa"), "abcabc".count("abc", 1), "abc".count("abc", 0, 2))
print("".count(""), "abc".count("", 1), "a".count("a", -1))
print("hello".find("l", -2), "hello".rfind("l", -4, -1))
print("abc".index("c", -1), "abcabc".rindex("b", 0, 3))
