# The bench around the WiPy that MicroPython's tests/wipy were recorded on, as their comments and code assume it:
# - pin.py: GP12 and GP17 jumpered; uart.py/uart_irq.py: UART0 and UART1 crossed (UART0 TX GP12 - UART1 RX GP17,
#   UART1 TX GP16 - UART0 RX GP13); pin_irq.py drives GP13 from GP16 through that jumper;
# - spi.py: MOSI looped back to MISO (GP16 - GP30) for write_readinto to read what it wrote;
# - i2c.py: an MPU-9150 on I2C0 (address 0x68);
# - adc.py: ADC channel 1 (GP3) held above 3000 counts (near full scale).
# The SD card is the board's own (its slot holds a simulated card).
import sim

sim.wire(12, 17)
sim.wire(16, 13)
sim.wire(16, 30)


class MPU9150:
    """Register file of an InvenSense MPU-9150 as the test uses it: PWR_MGMT_1 (107) resets to 0x40 (SLEEP) and its
    bit 7 (DEVICE_RESET) restores every register; WHO_AM_I (117) reads 0x68; the register pointer auto-increments."""

    def __init__(self):
        self.reset()
        self.ptr = 0

    def reset(self):
        self.regs = bytearray(128)
        self.regs[107] = 0x40
        self.regs[117] = 0x68

    def write(self, buf):
        if len(buf) == 0:
            return True
        self.ptr = buf[0] & 127
        for b in buf[1:]:
            if self.ptr == 107 and b & 0x80:
                self.reset()
            else:
                self.regs[self.ptr] = b
            self.ptr = (self.ptr + 1) & 127
        return True

    def read(self, n):
        out = bytearray(n)
        for i in range(n):
            out[i] = self.regs[self.ptr]
            self.ptr = (self.ptr + 1) & 127
        return bytes(out)


sim.i2c_device(0, 0x68, MPU9150())
sim.adc(1, 3900)
