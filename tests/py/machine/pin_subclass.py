# E3: a Python subclass of machine.Pin is callable like a Pin (the call goes to the native Pin).
from machine import Pin
class Led(Pin):
    def blink_state(self):
        return 'on' if self() else 'off'
led = Led(4, Pin.OUT)
led(1)
print(led(), led.value(), led.blink_state(), callable(led))
led(0)
print(led(), led.blink_state())
