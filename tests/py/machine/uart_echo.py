# A UART echo: the simulated peer sends lines, the script echoes them upper-cased.
import machine, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
uart = machine.UART(UART_A, 9600)
peer = sim.uart(UART_A)
peer.feed(b'hello\nworld\n')
print(uart.any())
while uart.any():
    line = uart.readline()
    uart.write(line.upper())
print(peer.take())
print(uart.read(), uart.read(5))
peer.feed('xyz')
print(uart.read(2), uart.read())
