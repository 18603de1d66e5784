# SPI loopback (MOSI wired to MISO) and a register read with the read-bit convention.
import machine, sim
spi = machine.SPI(1, baudrate=1000000, polarity=0, phase=0)
sim.wire(13, 12)
rx = bytearray(4)
print(spi.write_readinto(b'\x01\x02\x03\x04', rx), rx)
regs = sim.spi_regs(2, 5, 128)
regs[0x0F] = 0x33
cs = machine.Pin(5, machine.Pin.OUT, value=1)
dev = machine.SPI(2)
cs(0)
dev.write(b'\x8f')
who = dev.read(1)
cs(1)
cs(0)
dev.write(b'\x20\x47')
cs(1)
print(who, hex(regs[0x20]), spi.read(2, write=0xAA))
try:
    spi.write_readinto(b'12', bytearray(3))
except ValueError as e:
    print('ValueError', e)
