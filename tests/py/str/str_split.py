print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split())
print("a,b,,c".split(","), "a,b,c".split(",", 1), "abc".split("b"))
print("".split(), "".split(","), "x".split("x"))
print("a b c d".split(None, 2), "a\tb\nc\r\nd".split())
print("a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print("  x  y  ".rsplit(None, 1))
print("1::2::3".split("::"), "aaa".split("a"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("line1\nline2\n".splitlines(), "a\r\nb\rc".splitlines())
print("x\ny\n".splitlines(True))
