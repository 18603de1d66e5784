# D8: a level-triggered pin IRQ fires while its level holds (also when it already holds as the IRQ is set up), and
# stops once the handler removes the level; an edge trigger fires once per edge.
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
import machine, sim
out = machine.Pin(4, machine.Pin.OUT, value=0)
inp = machine.Pin(5, machine.Pin.IN)
sim.wire(4, 5)
calls = []
def on_low(p):
    calls.append(p.value())
    if len(calls) == 3:
        out(1)
irq = inp.irq(trigger=machine.Pin.IRQ_LOW_LEVEL, handler=on_low)
for i in range(20):
    pass
print(calls)
calls = []
inp.irq(trigger=machine.Pin.IRQ_FALLING, handler=on_low)
out(0)
for i in range(20):
    pass
print(calls)
irq.disable()
out(1)
out(0)
print(calls)
# the trigger and wake values are checked (D10)
for kw in ({'trigger': 123456}, {'trigger': 0}, {'trigger': machine.Pin.IRQ_LOW_LEVEL | machine.Pin.IRQ_HIGH_LEVEL},
           {'trigger': machine.Pin.IRQ_FALLING, 'wake': 1789456}):
    try:
        inp.irq(handler=on_low, **kw)
        print('accepted')
    except ValueError:
        print('ValueError')
