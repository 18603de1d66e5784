# SPI loopback (MOSI wired to MISO) and a register read with the read-bit convention.
import machine, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
spi = machine.SPI(SPI_A, baudrate=1000000, polarity=0, phase=0)
sim.wire(SPI_A_MOSI, SPI_A_MISO)
rx = bytearray(4)
print(spi.write_readinto(b'\x01\x02\x03\x04', rx), rx)
regs = sim.spi_regs(SPI_B, SPI_B_CS, 128)
regs[0x0F] = 0x33
cs = machine.Pin(SPI_B_CS, machine.Pin.OUT, value=1)
dev = machine.SPI(SPI_B)
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
