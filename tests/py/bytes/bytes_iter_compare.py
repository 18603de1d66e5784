for x in b"ab":
    print(x)
print(sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"a" == "a")
print(sorted([b"b", b"a", b"ab"]))
print(hash(b"abc") == hash(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError:
    print("TypeError")
print({b"k": 1}[b"k"])
