print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print("abc" == "abc", "abc" != "ABC", "a" in "abc", "ac" in "abc")
print(len(""), len("abc"), len("é"), len("日本語"))
print(min("hello"), max("hello"), sorted("dcba"))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
try:
    "a" * "b"
except TypeError:
    print("TypeError")
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" < 1
except TypeError:
    print("TypeError")
