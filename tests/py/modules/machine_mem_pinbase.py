# machine.mem8/16/32 read and write the simulated board's address space: the Python buffers uctypes.addressof()
# maps, bounds-checked, little-endian; unaligned addresses are a ValueError, unmapped ones OSError(EFAULT).
# machine.PinBase is the base class of pins written in Python.
import machine
import uctypes
print(machine.mem8, machine.mem16, machine.mem32)
buf = bytearray(b'\x01\x02\x03\x04\x05\x06\x07\x08')
a = uctypes.addressof(buf)
print(machine.mem8[a + 1], hex(machine.mem16[a + 2]), hex(machine.mem32[a + 4]))
machine.mem16[a] = 0xBEEF
machine.mem32[a + 4] = 0x11223344
print(buf)
for m, addr in ((machine.mem16, a + 1), (machine.mem32, a + 2)):
    try:
        m[addr]
    except ValueError as e:
        print('ValueError', 'not aligned' in str(e))
for addr in (a + 8, 0x100, -4):
    try:
        machine.mem32[addr]
    except OSError as e:
        print('OSError', e.args[0])
ro = b'read only'
try:
    machine.mem8[uctypes.addressof(ro)] = 0
except OSError as e:
    print('OSError', e.args[0], ro)
try:
    del machine.mem8[a]
except TypeError:
    print('TypeError')

class Level(machine.PinBase):
    def __init__(self, v):
        self.v = v
    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v

p = Level(1)
print(isinstance(p, machine.PinBase), p.value())
p.value(0)
print(p.value(), type(machine.PinBase()) is machine.PinBase)
