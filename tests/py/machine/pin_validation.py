# D10/D11: Pin modes, pulls and drives are distinct constants, so a constant of the wrong kind is refused; alt= is
# checked (only -1 outside the ALT modes); Pin.id() takes no argument; machine.IDLE/SLEEP/DEEPSLEEP are distinct bits.
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
import machine
from machine import Pin
modes = [Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT, Pin.ALT_OPEN_DRAIN]
pulls = [Pin.PULL_UP, Pin.PULL_DOWN]
drives = [Pin.LOW_POWER, Pin.MED_POWER, Pin.HIGH_POWER]
print(len(set(modes + pulls + drives)) == 10)
print(machine.IDLE & machine.SLEEP, machine.SLEEP & machine.DEEPSLEEP, machine.IDLE & machine.DEEPSLEEP,
      machine.IDLE > 0, machine.SLEEP > 0, machine.DEEPSLEEP > 0)
p = Pin(4)
cases = [
    lambda: Pin(4, mode=Pin.LOW_POWER),
    lambda: Pin(4, Pin.IN, pull=Pin.HIGH_POWER),
    lambda: Pin(4, Pin.OUT, drive=Pin.IN),
    lambda: Pin(4, Pin.IN, alt=0),
    lambda: Pin(4, Pin.OUT, alt=7),
    lambda: p.mode(Pin.PULL_UP),
    lambda: p.pull(Pin.OUT),
    lambda: p.drive(Pin.IN),
]
for f in cases:
    try:
        f()
        print('accepted')
    except ValueError:
        print('ValueError')
try:
    p.id('x')
    print('accepted')
except TypeError:
    print('TypeError')
p.init(Pin.OUT, Pin.PULL_UP, drive=Pin.HIGH_POWER, alt=-1)
print(p.mode() == Pin.OUT, p.pull() == Pin.PULL_UP, p.drive() == Pin.HIGH_POWER, p.id())
print(p)
