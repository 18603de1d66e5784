# Bad arguments give clear Python exceptions.
import machine
import sys
sys.path.insert(0, 'mods')
from hw import *
for make in [lambda: machine.Pin(BAD_PIN), lambda: machine.Pin('NOPE'), lambda: machine.I2C(9),
             lambda: machine.UART(7), lambda: machine.Pin(2, 99), lambda: machine.SPI(1, bits=7),
             lambda: machine.ADC(5).read() if False else machine.ADC(40), lambda: machine.Timer(-1).init(period=0, callback=print),
             lambda: machine.I2C(I2C_A).readfrom(200, 1)]:
    try:
        make()
        print('no error')
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__)
print(getattr(machine.Pin.board, LED_NAME), machine.freq(), len(machine.unique_id()))
