print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(None))
class C:
    def __call__(self): pass
    def m(self): pass
print(callable(C), callable(C()), callable(C().m), callable(object()))
print(chr(65), chr(97), chr(48), chr(0x3b1), chr(0x1F600) == "\U0001F600", repr(chr(0)))
print(ord("a"), ord("\n"), ord("é"), ord("€"), ord(chr(1000)))
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(0x110000), lambda: ord(5), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
