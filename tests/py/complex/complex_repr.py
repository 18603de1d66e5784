for z in [1j, 1 + 1j, -1 - 1j, 0.5j, 1e20j, 1.5 + 0j, complex(0, -0.0), 2j * 2j, complex(1e-5, 1e5)]:
    print(repr(z), str(z))
print(complex(float("inf"), 1), complex(1, float("nan")))
