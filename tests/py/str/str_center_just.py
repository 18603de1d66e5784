print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(2)), repr("ab".center(7, "*")))
print(repr("abc".ljust(6)), repr("abc".rjust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError")
