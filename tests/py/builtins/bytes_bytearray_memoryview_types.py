print(bytes.__name__, bytearray.__name__, memoryview.__name__, type(memoryview(b"")).__name__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(bytes(bytearray(b"ab")), bytearray(bytes(2)), bytes(memoryview(b"mv")))
