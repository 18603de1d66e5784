# FrameBuffer.text (8x8 cells, clipped at the edges, any colour; characters outside ASCII 32..127 draw a block
# per UTF-8 byte), blit with and without a transparent key, and FrameBuffer as a base class (as display drivers
# use it).
# nf-emulation: esp32_devkitc (the scenario uses the ESP32 pins and I2C bus; STM32 has no RMT for neopixel/dht)
import framebuf

def show(fb, w, h):
    for y in range(h):
        print(''.join('%x' % fb.pixel(x, y) if fb.pixel(x, y) else '.' for x in range(w)))

buf = bytearray(40 * 2)
fb = framebuf.FrameBuffer(buf, 40, 10, framebuf.MONO_VLSB)
fb.text('Py3!', 0, 0)
show(fb, 40, 10)
fb.fill(0)
fb.text('ok', -3, 4, 1)
fb.text('\xe9', 30, 1)
show(fb, 40, 10)
fb.fill(1)
fb.text('x', 2, 1, 0)
show(fb, 12, 10)

# blit: a 4x3 sprite (GS4) onto a 10x6 GS4 frame; key 0 leaves the background
s = bytearray(4 * 3 // 2)
spr = framebuf.FrameBuffer(s, 4, 3, framebuf.GS4_HMSB)
spr.fill(0)
spr.rect(0, 0, 4, 3, 9)
spr.pixel(1, 1, 2)
d = bytearray(10 * 6 // 2)
dst = framebuf.FrameBuffer(d, 10, 6, framebuf.GS4_HMSB)
dst.fill(1)
dst.blit(spr, 1, 1)
dst.blit(spr, 6, 3, 9)
dst.blit(spr, -2, -1)
dst.blit(spr, 9, 5)
dst.blit(spr, 10, 0)
show(dst, 10, 6)
# between formats: a mono sprite onto RGB565, colour values carried as they are
m = bytearray(3)
mono = framebuf.FrameBuffer(m, 3, 3, framebuf.MONO_VLSB)
mono.line(0, 0, 2, 2, 1)
r = bytearray(4 * 4 * 2)
rgb = framebuf.FrameBuffer(r, 4, 4, framebuf.RGB565)
rgb.fill(0xFFFF)
rgb.blit(mono, 1, 0)
print([hex(rgb.pixel(x, y)) for y in range(4) for x in range(4)])

class Screen(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w
        self.buf = bytearray((h + 7) // 8 * w)
        super().__init__(self.buf, w, h, framebuf.MONO_VLSB)

    def centre(self, s):
        self.text(s, (self.w - 8 * len(s)) // 2, 0)

sc = Screen(24, 8)
sc.centre('A')
print(sc.buf, isinstance(sc, framebuf.FrameBuffer))
sc.blit(sc, -8, 0)
show(sc, 24, 8)

# errors are Python exceptions
for bad in (lambda: framebuf.FrameBuffer(bytearray(3), 8, 8, framebuf.MONO_VLSB),
            lambda: framebuf.FrameBuffer(bytearray(64), 8, 8, 9),
            lambda: framebuf.FrameBuffer(b'\x00' * 8, 8, 8, framebuf.MONO_VLSB),
            lambda: framebuf.FrameBuffer(bytearray(8), 8, 8),
            lambda: fb.text(5, 0, 0),
            lambda: fb.blit(buf, 0, 0),
            lambda: fb.pixel(0)):
    try:
        bad()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
shrink = bytearray(8)
f = framebuf.FrameBuffer(shrink, 8, 8, framebuf.MONO_VLSB)
del shrink[4:]
try:
    f.fill(1)
except ValueError as e:
    print('ValueError', e)
