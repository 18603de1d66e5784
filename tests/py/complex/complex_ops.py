a = 2 + 3j
b = 1 - 1j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a * a, 1j * 1j, a * a * a)
print(abs(3j), abs(-4 + 0j))
print(a == complex(2, 3), hash(1 + 0j) == hash(1))
try:
    a < b
except TypeError:
    print("TypeError")
try:
    a // b
except TypeError:
    print("TypeError")
try:
    1j / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    complex("abc")
except ValueError as e:
    print("ValueError", e)
