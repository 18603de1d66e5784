print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
print("key: value".partition(": "), "".partition("a"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
