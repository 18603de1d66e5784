# framebuf.FrameBuffer in each pixel format: the bytes each drawing call leaves in the buffer (the layouts of
# MicroPython's framebuf documentation: MONO_VLSB bytes are vertical runs of 8 pixels, bit 0 on top; MONO_HLSB
# bytes are horizontal runs, bit 7 on the left; RGB565 two bytes per pixel, little end first; GS4_HMSB two
# pixels per byte, the left one in the high nibble).
# nf-emulation: esp32_devkitc (the scenario uses the ESP32 pins and I2C bus; STM32 has no RMT for neopixel/dht)
import framebuf

def show(fb, w, h):
    for y in range(h):
        print(''.join('%x' % fb.pixel(x, y) if fb.pixel(x, y) else '.' for x in range(w)))

for fmt, name, size in ((framebuf.MONO_VLSB, 'MONO_VLSB', 16 * 2), (framebuf.MONO_HLSB, 'MONO_HLSB', 2 * 12),
                        (framebuf.RGB565, 'RGB565', 16 * 12 * 2), (framebuf.GS4_HMSB, 'GS4_HMSB', 16 * 12 // 2)):
    print(name)
    buf = bytearray(size)
    fb = framebuf.FrameBuffer(buf, 16, 12, fmt)
    fb.fill(0)
    fb.pixel(0, 0, 1)
    fb.pixel(15, 11, 5)
    fb.hline(2, 1, 5, 3)
    fb.vline(1, 2, 4, 2)
    print(bytes(buf))
    fb.fill(0)
    fb.rect(1, 1, 6, 4, 1)
    fb.fill_rect(9, 2, 3, 3, 7)
    fb.line(0, 11, 15, 6, 1)
    fb.line(12, 0, 14, 9, 1)
    show(fb, 16, 12)
    print(fb.pixel(1, 1), fb.pixel(10, 3), fb.pixel(16, 0), fb.pixel(0, -1))
    fb.scroll(2, 1)
    show(fb, 16, 12)
    fb.scroll(-3, -2)
    show(fb, 16, 12)

print(framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB, framebuf.MONO_HLSB)
# colours keep the format's bits: any non-zero colour is 1 in mono, the low 16 bits in RGB565, 4 bits in GS4
b = bytearray(4)
f = framebuf.FrameBuffer(b, 2, 1, framebuf.RGB565)
f.pixel(0, 0, 0x12345)
f.pixel(1, 0, 0xF800)
print(b, f.pixel(0, 0), hex(f.pixel(1, 0)))
g = bytearray(1)
f = framebuf.FrameBuffer(g, 2, 1, framebuf.GS4_HMSB)
f.pixel(0, 0, 0x1A)
f.pixel(1, 0, 3)
print(g, f.pixel(0, 0), f.pixel(1, 0))
# stride: a window onto a wider buffer; MONO_HLSB rounds it up to whole bytes
wide = bytearray(4 * 8)
f = framebuf.FrameBuffer(wide, 3, 8, framebuf.MONO_VLSB, 4)
f.fill(1)
print(wide[:8])
h = bytearray(4)
f = framebuf.FrameBuffer(h, 5, 4, framebuf.MONO_HLSB)
f.fill(1)
print(h)
