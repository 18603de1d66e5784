# dht.DHT11 and dht.DHT22 on simulated sensors that answer the start signal as the datasheets time it (80 us low,
# 80 us high, 40 bits of 50 us low + 26 us (0) or 70 us (1) high, MSB first, with an 8-bit checksum).
# nf-emulation: esp32_devkitc (through nanoFramework.Hardware.Esp32.Rmt's TransmitterChannel/ReceiverChannel; STM32 has no RMT)
import machine, dht, sim, time
s22 = sim.dht(4, 22, 23.4, 56.7)
d = dht.DHT22(machine.Pin(4))
d.measure()
print(d.temperature(), d.humidity(), d.buf)
s22.temperature(-7.5)
s22.humidity(100)
time.sleep(2)
d.measure()
print(d.temperature(), d.humidity(), s22.reads(), s22.errors())
# reading again within the 2 s sampling period is against the datasheet: the sensor answers but counts it
d.measure()
print(s22.reads(), s22.errors())

s11 = sim.dht(5, 11, 24.6, 38.2)
e = dht.DHT11(machine.Pin(5))
e.measure()
print(e.temperature(), e.humidity(), e.buf)
# the pin's history of one DHT11 read: the 18 ms start signal, 30 us until the answer, its 80 us low and 80 us
# high, then 40 bits (a low and a high each) and the last low
h = sim.pin(5).history()
print([h[i + 1][0] - h[i][0] for i in range(1, 7)], len(h))

# a DHT11 needs an 18 ms start signal; a DHT22 sensor answers 1 ms already
s22b = sim.dht(12, 22, 30.0, 40.0)
print(dht.DHT11(machine.Pin(12)).measure(), s22b.reads(), s22b.errors())
# nothing on the pin: no answer
try:
    dht.DHT22(machine.Pin(13)).measure()
except OSError as e:
    print('OSError', e.args[0])
for bad in (lambda: dht.DHT22(machine.Pin(34)), lambda: dht.DHT11(), lambda: dht.DHT11(machine.Pin(4), 1)):
    try:
        bad()
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
