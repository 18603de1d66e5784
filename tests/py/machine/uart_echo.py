# A UART echo: the simulated peer sends lines, the script echoes them upper-cased.
import machine, sim
uart = machine.UART(1, 9600)
peer = sim.uart(1)
peer.feed(b'hello\nworld\n')
print(uart.any())
while uart.any():
    line = uart.readline()
    uart.write(line.upper())
print(peer.take())
print(uart.read(), uart.read(5))
peer.feed('xyz')
print(uart.read(2), uart.read())
