# '{:c}' pads on the right by default like other numbers; b'%r' gives the bytes' repr
for spec in ("{:4c}", "{:<4c}", "{:^5c}", "{:>3c}", "{:*>3c}", "{:c}"):
    print(repr(spec.format(65)))
print(format(97, "3c"), "|", "%3c|%-3c|" % (98, 99))
print(b"%r" % b"str", b"[%s]" % b"raw", b"%r|%s" % (bytearray(b"ba"), b"x"))
print(b"%c%c" % (65, b"B"), b"%5s|" % b"ab", b"%-5r|" % b"q")
print(b"%a" % b"\xff", b"%r" % 5)
