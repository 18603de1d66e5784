# D12: ESP32 GPIO34-39 are inputs without pull resistors: driving them or enabling a pull is refused.
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
from machine import Pin
p = Pin(34, Pin.IN)
print(p.value() in (0, 1))
for f in (lambda: Pin(34, Pin.OUT), lambda: Pin(35, Pin.OPEN_DRAIN), lambda: Pin(36, Pin.IN, Pin.PULL_UP),
          lambda: p.pull(Pin.PULL_DOWN), lambda: p.mode(Pin.OUT)):
    try:
        f()
        print('accepted')
    except ValueError as e:
        print('ValueError', e)
print(p)
