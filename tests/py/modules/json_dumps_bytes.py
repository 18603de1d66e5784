# ujson.dumps writes bytes as a JSON string of their text, as MicroPython 1.8.2 does (CPython refuses them);
# a bytearray is still not serializable.
import ujson
print(ujson.dumps(b'abc'))
print(ujson.dumps([b'x"y', {'k': b'\n'}]))
print(ujson.loads(ujson.dumps(b'round trip')))
try:
    ujson.dumps(bytearray(b'no'))
except TypeError:
    print('TypeError')
