# The simulated SSD1306 (128x64, I2C 0x3c) follows the datasheet's I2C protocol: a control byte before each
# transfer (0x00 commands follow, 0x40 data follows, 0x80 one command byte then another control byte), the
# addressing modes (0x20: horizontal 0, vertical 1, page 2), column/page windows (0x21, 0x22), page-mode
# addresses (0xB0-0xB7, 0x00-0x0F, 0x10-0x1F), and the display controls (AE/AF, A6/A7, A4/A5, A0/A1, C0/C8).
# nf-emulation: esp32_devkitc (the scenario uses the ESP32 pins and I2C bus; STM32 has no RMT for neopixel/dht)
import machine, sim
d = sim.ssd1306(0)
i2c = machine.I2C(0)
print(i2c.scan(), d.on(), d.errors())
# display on, remap columns and rows (the upright orientation of the common modules)
i2c.writeto(0x3C, b'\x00\xaf\xa1\xc8')
print(d.on(), d.pixel(0, 0))
# page addressing (the reset mode): page 1, column 0x12; 3 data bytes
i2c.writeto(0x3C, b'\x80\xb1\x80\x02\x80\x11')
i2c.writeto(0x3C, b'\x40\x01\x02\xff')
f = d.frame()
print(len(f), f[128 + 0x12:128 + 0x15])
print(d.pixel(0x12, 8), d.pixel(0x13, 9), [d.pixel(0x14, y) for y in range(8, 16)])
# horizontal addressing in a 2x2 window: columns 4-5, pages 6-7: data wraps column then page
i2c.writeto(0x3C, b'\x00\x20\x00\x21\x04\x05\x22\x06\x07')
i2c.writeto(0x3C, b'\x40\x11\x22\x33\x44\x55')
f = d.frame()
print(f[6 * 128 + 4:6 * 128 + 6], f[7 * 128 + 4:7 * 128 + 6])
# the fifth byte wrapped back to column 4 of page 6
# vertical addressing: page then column
i2c.writeto(0x3C, b'\x00\x20\x01\x21\x00\x7f\x22\x00\x07')
i2c.writeto(0x3C, bytes(range(1, 10)))  # control byte 0x01 is not a valid control byte
print(d.errors())
i2c.writeto(0x3C, b'\x40' + bytes(range(1, 10)))
f = d.frame()
print([f[p * 128] for p in range(8)], f[1])
# inversion, entire display on, display off
i2c.writeto(0x3C, b'\x00\xa7')
print(d.inverted(), d.pixel(127, 63), d.pixel(0x14, 8))
i2c.writeto(0x3C, b'\x00\xa6\xa5')
print(d.pixel(127, 63))
i2c.writeto(0x3C, b'\x00\xa4\xae')
print(d.on(), d.pixel(0x14, 8))
# contrast takes one argument byte, even split over two transfers
i2c.writeto(0x3C, b'\x80\x81\x80\x40')
print(d.contrast(), d.errors())
# an undefined command is a protocol error; a window past the panel too
i2c.writeto(0x3C, b'\x00\xff')
i2c.writeto(0x3C, b'\x00\x21\x00\x90')
print(d.errors())
img = d.pbm()
print(img[:10], len(img))
i2c.writeto(0x3C, b'\x00\xaf\xa0\xc0')
# without remap the glass shows column 0 on the right, row 0 at the bottom
print(d.pixel(127 - 0x14, 63 - 8), d.pixel(0x14, 8))
