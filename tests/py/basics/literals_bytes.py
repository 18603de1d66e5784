print(b'abc', B"xyz", b'\x00\xff', br'\n', rb'\t')
print(len(b'\x00\x01'), b'\101')
print(b'a' b'b')
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b'\n\t\r\\')
print(list(b'AZ'))
print(b"""tri
ple""")
try:
    eval("b'\u00e9'")
except SyntaxError:
    print("SyntaxError")
