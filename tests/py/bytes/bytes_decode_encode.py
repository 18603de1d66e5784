s = "abc é 日本 \U0001F600"
e = s.encode()
print(e, len(e))
print(e.decode() == s, e.decode("utf-8") == s)
print(bytes(s, "utf8") == e, str(e, "utf-8") == s)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeError as ex:
    print("UnicodeError", isinstance(ex, ValueError))
print("".encode(), b"".decode())
print("ascii".encode("ascii"), b"ascii".decode("ascii"))
