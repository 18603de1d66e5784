# An SSD1306 OLED driver for I2C over framebuf, with the interface of MicroPython's ssd1306 driver:
# SSD1306_I2C(width, height, i2c, addr=0x3c), the FrameBuffer drawing methods, show(), poweron(), poweroff(),
# contrast(c), invert(on). Commands and their arguments are sent one byte per transfer (control byte 0x80);
# show() sends the whole frame in one transfer (control byte 0x40) in horizontal addressing mode.
import framebuf


class SSD1306_I2C(framebuf.FrameBuffer):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.width = width
        self.height = height
        self.i2c = i2c
        self.addr = addr
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self.init_display()

    def cmd(self, *codes):
        for c in codes:
            self.i2c.writeto(self.addr, bytes((0x80, c)))

    def init_display(self):
        self.cmd(
            0xAE,                     # display off
            0x20, 0x00,               # horizontal addressing
            0x40,                     # start line 0
            0xA1,                     # column 127 is SEG0
            0xA8, self.height - 1,    # multiplex ratio
            0xC8,                     # scan COM[N-1] to COM0
            0xD3, 0x00,               # no display offset
            0xDA, 0x12 if self.height == 64 else 0x02,
            0xD5, 0x80,               # clock
            0xD9, 0x22 if self.external_vcc else 0xF1,
            0xDB, 0x30,               # VCOMH
            0x81, 0xFF,               # contrast
            0xA4,                     # show the RAM
            0xA6,                     # not inverted
            0x8D, 0x10 if self.external_vcc else 0x14,
            0xAF)                     # display on
        self.fill(0)
        self.show()

    def poweroff(self):
        self.cmd(0xAE)

    def poweron(self):
        self.cmd(0xAF)

    def contrast(self, c):
        self.cmd(0x81, c)

    def invert(self, on):
        self.cmd(0xA7 if on else 0xA6)

    def show(self):
        self.cmd(0x21, 0, self.width - 1, 0x22, 0, self.pages - 1)
        self.i2c.writeto(self.addr, b'\x40' + self.buffer)
