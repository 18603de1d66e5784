# Text and shapes on a 128x64 SSD1306 OLED over I2C (ssd1306.py next to this file). On the simulated board a
# simulated display answers at 0x3c: its glass is printed, and saved as a PBM image when a file name is given:
#   dotnet run --project firmware/Host -- firmware/Host/examples/oled.py oled.pbm
# (the name is on the board file system: /flash is this folder, or --flash DIR).
import sys
import machine
from ssd1306 import SSD1306_I2C

try:
    import sim
    glass = sim.ssd1306(0, 0x3C)
except ImportError:
    glass = None

i2c = machine.I2C(0)
oled = SSD1306_I2C(128, 64, i2c)
oled.text('MicroPy.Nano', 0, 0)
oled.text('SSD1306 128x64', 0, 12)
oled.hline(0, 24, 128, 1)
oled.rect(4, 30, 56, 30, 1)
oled.fill_rect(8, 34, 20, 22, 1)
oled.line(64, 30, 123, 59, 1)
oled.line(64, 59, 123, 30, 1)
oled.show()

if glass:
    print(glass.text(), end='')
    print('on:', glass.on(), 'errors:', glass.errors())
    if len(sys.argv) > 1:
        with open(sys.argv[1], 'wb') as f:
            f.write(glass.pbm())
        print('saved', sys.argv[1])
