# Imported by app.py on the emulated board's /flash; util.pe next to it holds clamp() compiled on its own (a second
# image from another micropy-freeze run, loaded next to app.pe).


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
