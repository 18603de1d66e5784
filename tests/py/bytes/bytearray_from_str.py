# bytearray(str) without an encoding takes the str's UTF-8 bytes, as in MicroPython 1.8.2 where a str has the
# buffer protocol (CPython refuses); bytes(str) still needs the encoding.
print(bytearray('0000'), bytearray('aé'), bytearray(''))
print(bytearray('xy', 'utf-8'))
try:
    bytes('abc')
except TypeError:
    print('TypeError')
