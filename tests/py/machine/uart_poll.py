# select.poll over a UART: the poll wakes when the simulated peer sends, in virtual time.
import machine, select, sim, utime
import sys
sys.path.insert(0, 'mods')
from hw import *
uart = machine.UART(UART_B, 115200)
p = select.poll()
p.register(uart, select.POLLIN)
print(p.poll(0))
t = machine.Timer(-1)
t.init(period=300, mode=machine.Timer.ONE_SHOT, callback=lambda t: sim.uart(UART_B).feed(b'ping'))
t0 = utime.ticks_ms()
ev = p.poll(1000)
print(len(ev), ev[0][0] is uart, ev[0][1] & select.POLLIN, utime.ticks_diff(t0, utime.ticks_ms()))
print(uart.read())
r, w, x = select.select([uart], [uart], [], 0)
print(len(r), len(w), len(x))
