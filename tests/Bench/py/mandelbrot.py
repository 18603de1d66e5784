def mandel(w, h, it):
    total = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            n = 0
            while n < it and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total
mandel(80, 60, 50)
