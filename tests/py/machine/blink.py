# An LED blink on the simulated board, recorded with exact virtual timestamps.
import machine, utime, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
led = machine.Pin(LED, machine.Pin.OUT)
for i in range(3):
    led.on()
    utime.sleep_ms(250)
    led.off()
    utime.sleep_ms(250)
print(sim.pin(LED).history())
print(sim.now_us(), led.value())
