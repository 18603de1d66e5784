# Output levels as MicroPython defines them: value=1 at construction, a level set on an input kept for when it
# becomes an output, irq() on an output that leaves its level alone and fires on changes only, value() of an output.
import machine, sim, utime
import sys
sys.path.insert(0, 'mods')
from hw import *
p = machine.Pin(LED, machine.Pin.OUT, value=1)
print(sim.pin(LED).level(), p.value())
q = machine.Pin(ECHO, machine.Pin.IN)
q.value(1)
print(sim.pin(ECHO).level())
q.init(machine.Pin.OUT)
print(sim.pin(ECHO).level(), q.value())
edges = []
p.irq(trigger=machine.Pin.IRQ_RISING | machine.Pin.IRQ_FALLING, handler=lambda pin: edges.append(1))
print(sim.pin(LED).level())
for v in (1, 1, 0, 0, 1):
    p.value(v)
    utime.sleep_ms(1)
print(len(edges))
p.irq(handler=None)
print(sim.pin(LED).level(), p.value())
