b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" HWd"))
print(b.split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a,b".rsplit(b",", 1))
print(b"-".join([b"a", b"b"]), b"".join([]))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(b"zz"))
print(b.replace(b"l", b"L"), b.upper(), b.lower(), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"))
print(b"abc".decode(), b"\xe6\x97\xa5".decode("utf-8"), b"12".isdigit(), b"ab".isalpha(), b"  ".isspace())
print(b"abc".center(7, b"*") if hasattr(b"", "center") else b"**abc**")
print(b"a=b".partition(b"="), b"x".zfill(3) if hasattr(b"", "zfill") else b"00x")
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
try:
    b"a".join(["s"])
except TypeError:
    print("TypeError")
