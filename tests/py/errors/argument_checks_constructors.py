# too many or contradictory arguments to str()/bytes() and unknown keywords to list.sort() are TypeErrors
def check(label, f):
    try:
        f()
        print(label, "no error")
    except TypeError:
        print(label, "TypeError")

check("str 4 args", lambda: str(b"a", "utf-8", "strict", "extra"))
check("bytes 4 args", lambda: bytes("a", "utf-8", "strict", "extra"))
check("bytes list+enc", lambda: bytes([1, 2], "utf-8"))
check("bytes int+enc", lambda: bytes(3, "utf-8"))
check("bytearray list+enc", lambda: bytearray([1], "utf-8"))
check("bytes str no enc", lambda: bytes("abc"))
check("sort unknown kw", lambda: [2, 1].sort(noexist=1))
check("sort positional", lambda: [2, 1].sort(1))
check("sort key+unknown", lambda: [2, 1].sort(key=None, bad=True))
l = [3, 1, 2]
l.sort(key=lambda v: -v, reverse=True)
print(l, str(b"ok", "utf-8", "strict"), bytes("ok", "utf-8"))
