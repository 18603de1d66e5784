# a2b_base64 decodes as CPython does without strict mode: characters outside the alphabet are skipped, padding
# ends the data, and a partial group without its padding is a ValueError
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for s in (b"", b"YQ==", b"YWI=", b"YWJj", b"YW Jj\n", b"Y*W=Jj", b"YQ==x", b"Y Q = =", b"=", b"ab==cd",
          b"YWI=YWI=", b"YQ", b"YQ=", b"a", b"abcde=", b"ab*d", b"ab=cdef=", b"YWJjZA"):
    try:
        print(s, binascii.a2b_base64(s))
    except ValueError:
        print(s, "ValueError")
print(binascii.a2b_base64(binascii.b2a_base64(bytes(range(40)))) == bytes(range(40)))
