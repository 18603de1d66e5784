# A button on an input with a pull-up; an IRQ counts falling edges.
import machine, utime, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
count = 0
def pressed(pin):
    global count
    count += 1
btn = machine.Pin(BUTTON, machine.Pin.IN, machine.Pin.PULL_UP)
print('idle level', btn.value())
btn.irq(trigger=machine.Pin.IRQ_FALLING, handler=pressed)
for k in range(5):
    sim.pulse(BUTTON, 0, 20000, 100000 * k + 5000)
utime.sleep(1)
print('presses', count)
btn.irq(handler=None)
sim.pulse(BUTTON, 0, 1000)
utime.sleep_ms(10)
print('after disable', count)
