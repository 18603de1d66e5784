print(repr("  abc  ".strip()), repr("  abc  ".lstrip()), repr("  abc  ".rstrip()))
print("xxabcxx".strip("x"), "xyabcyx".strip("xy"), "abc".strip("cba"))
print(repr("\t\n abc \r\n".strip()), repr("".strip()))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
print(repr("   ".strip()), "abc".strip(""))
try:
    "a".strip(1)
except TypeError:
    print("TypeError")
