z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 1j * 1j, 2j + 1, (1 + 2j) * (3 - 4j))
print(complex(1, 2), complex(), complex(3), complex("1+2j"), complex("3j"))
print(type(z).__name__, z == 3 + 4j, z != 3, (1 + 0j) == 1)
print((1 + 2j) / (3 + 4j), (4 + 2j) / 2)
print(repr(1 + 0j), repr(-0j), repr(0j), repr(1.5 - 2.5j))
print(complex(1.5, -0.5) + 1, 2 * (1 + 1j), (1 + 1j) - 1j)
