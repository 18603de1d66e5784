import cmath
def r(z):
    return complex(round(z.real, 10), round(z.imag, 10))
print(r(cmath.sqrt(-1)), r(cmath.sqrt(4)))
print(r(cmath.exp(1j * cmath.pi)), round(cmath.phase(-1), 10), round(cmath.phase(1j), 10))
print(tuple(round(v, 10) for v in cmath.polar(1 + 1j)))
print(r(cmath.rect(2, 0)), r(cmath.log(1)), r(cmath.log10(100)))
print(r(cmath.cos(0)), r(cmath.sin(0)))
