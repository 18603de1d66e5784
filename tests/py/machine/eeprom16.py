# An I2C EEPROM with 16-bit memory addresses, written and read back.
import machine, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
mem = sim.i2c_regs(I2C_B, 0x50, 4096, 2)
i2c = machine.I2C(I2C_B)
i2c.writeto_mem(0x50, 0x0123, b'hello', addrsize=16)
print(bytes(mem[0x123:0x128]))
print(i2c.readfrom_mem(0x50, 0x0123, 5, addrsize=16))
buf = bytearray(3)
i2c.readfrom_mem_into(0x50, 0x0124, buf, addrsize=16)
print(buf)
i2c.writeto(0x50, b'\x00\x10abc')
print(bytes(mem[0x10:0x13]), i2c.readfrom(0x50, 2))
