# E5: count/find/index/rfind/rindex of bytes and bytearray take a single byte as an int.
b = bytearray(b'\xff\x01\xff\x02')
print(b.count(255), b.find(1), b.rfind(255), b.index(2), b.rindex(255), b.count(7), b.find(7))
print(b'abcb'.count(98), b'abcb'.find(99), b'abcb'.index(97), b'abcb'.count(98, 2))
for f in (lambda: b.count(256), lambda: b.find(-1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    b.index(9)
except ValueError:
    print('ValueError')
