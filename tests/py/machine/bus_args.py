# D9: I2C.init(I2C.MASTER, baudrate=...) takes the mode positionally; D10: SPI(id, mode, ...) reads its second
# positional as the mode (SPI(1, 10) is refused, not baudrate 10), a UART pins tuple has 2 or 4 pins;
# D13: spi.init(pins=None) keeps the pins.
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
import machine
from machine import I2C, SPI, UART
i2c = I2C(0)
i2c.init(I2C.MASTER, baudrate=50000)
print(i2c)
try:
    i2c.init(5, baudrate=50000)
    print('accepted')
except ValueError:
    print('ValueError')
try:
    SPI(1, 10)
    print('accepted')
except ValueError:
    print('ValueError')
spi = SPI(1, SPI.MASTER, baudrate=2000000)
spi.init(baudrate=4000000, pins=None)
print(spi)
for pins in (('GPIO4', 'GPIO5', 'GPIO18'), ('GPIO4',)):
    try:
        UART(1, 9600, pins=pins)
        print('accepted')
    except ValueError:
        print('ValueError')
print(UART(1, 9600, pins=('GPIO4', 'GPIO5')))
