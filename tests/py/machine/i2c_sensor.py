# A BMP280-style driver written in Python reads a register-map sensor with readfrom_mem.
import machine, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
regs = sim.i2c_regs(I2C_A, 0x76)
regs[0xD0] = 0x58                      # chip id
regs[0x88:0x8E] = bytes([0x70, 0x6B, 0x43, 0x67, 0x18, 0xFC])
regs[0xFA:0xFD] = bytes([0x7E, 0xED, 0x00])

class BMP280:
    def __init__(self, i2c, addr=0x76):
        self.i2c = i2c
        self.addr = addr
        if i2c.readfrom_mem(addr, 0xD0, 1)[0] != 0x58:
            raise OSError('no BMP280')
        c = i2c.readfrom_mem(addr, 0x88, 6)
        self.t1 = c[0] | (c[1] << 8)
        self.t2 = self.s16(c[2] | (c[3] << 8))
        self.t3 = self.s16(c[4] | (c[5] << 8))
        i2c.writeto_mem(addr, 0xF4, b'\x27')

    @staticmethod
    def s16(v):
        return v - 65536 if v & 0x8000 else v

    def raw_temp(self):
        d = self.i2c.readfrom_mem(self.addr, 0xFA, 3)
        return (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)

    def temperature(self):
        adc = self.raw_temp()
        v1 = (((adc >> 3) - (self.t1 << 1)) * self.t2) >> 11
        v2 = (((((adc >> 4) - self.t1) * ((adc >> 4) - self.t1)) >> 12) * self.t3) >> 14
        return ((v1 + v2) * 5 + 128) >> 8

i2c = machine.I2C(scl=machine.Pin(I2C_A_SCL), sda=machine.Pin(I2C_A_SDA), freq=400000)
print([hex(a) for a in i2c.scan()])
s = BMP280(i2c)
print(s.t1, s.t2, s.t3, hex(regs[0xF4]), s.raw_temp(), s.temperature())
try:
    i2c.readfrom(0x50, 1)
except OSError as e:
    print('OSError', e.args[0])
