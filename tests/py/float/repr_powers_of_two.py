# repr of every power of two: at a power of two the neighbour below is twice as close as the one above, so the
# shortest digits that read back can be the ones rounded up (2**-77 is 6.617444900424222e-24).
line = []
for k in range(-1074, 1024):
    x = 2.0 ** k
    s = repr(x)
    assert float(s) == x, s
    line.append(s)
    if len(line) == 8:
        print(" ".join(line))
        line = []
print(" ".join(line))
print(repr(-(2.0 ** -77)), str(2.0 ** 60), 2.0 ** 1023 * 1.5, 2.0 ** -1022, 2.0 ** -1074)
