# round(float, ndigits) with negative ndigits: exact half-even on the float's true value (ties broken by the fraction).
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
vals=[250.5, 250.0, 350.0, -250.5, 149.99, 150.0, -150.0, 12345.678, 1e300, 5e-324, 2.5e22, 1.5e22, 0.5, 99999.5, 1e16+2, 123456789012345678.0, -0.0]
for i in range(300):
    vals.append((rnd()-0.5)*2e6); vals.append(float(int((rnd()-0.5)*2e6))+0.5); vals.append((rnd()-0.5)*1e25)
for v in vals:
    print([round(v, n) for n in (-1,-2,-3,-5,-20,-300,0,1,2,5)])
