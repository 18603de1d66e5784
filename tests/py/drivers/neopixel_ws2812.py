# neopixel.NeoPixel on a simulated WS2812 strip that decodes the pin's pulses with the WS2812B datasheet's timing
# (800 kHz: 0 = 0.40 us high + 0.85 us low, 1 = 0.80 us high + 0.45 us low, +-150 ns; a low of 50 us or more
# latches the frame; G, R, B order, most significant bit first; each LED keeps the first 24 bits and passes on
# the rest).
# nf-emulation: esp32_devkitc (through nanoFramework.Hardware.Esp32.Rmt's TransmitterChannel/ReceiverChannel; STM32 has no RMT)
import machine, neopixel, sim
strip = sim.neopixel(4, 3)
np = neopixel.NeoPixel(machine.Pin(4), 3)
print(len(np), np.n, np.bpp, np.buf)
np[0] = (255, 0, 0)
np[1] = (0, 128, 0)
np[-1] = (1, 2, 3)
print(np.buf, np[0], np[1], np[2])
t0 = sim.now_us()
np.write()
# 3 LEDs x 24 bits x 1.25 us = 90 us on the wire
print(sim.now_us() - t0)
# nothing shows before the line has been low for 50 us
print(strip.colors(), strip.frames())
sim.advance_us(50)
print(strip.colors(), strip.frames(), strip.errors())
np.fill((9, 8, 7))
np.write()
sim.advance_us(60)
print(strip.colors(), strip.frames(), strip.errors())
# the pin's history: two frames of 72 bits, a rising and a falling edge each
h = sim.pin(4).history()
print(len(h))

# a strip of 2 LEDs fed 3 LEDs' data: the third colour passes on to nowhere
two = sim.neopixel(5, 2)
three = neopixel.NeoPixel(machine.Pin(5), 3)
three.fill((10, 20, 30))
three[0] = (1, 1, 1)
three.write()
sim.advance_us(60)
print(two.colors())
# a strip of 4 fed 2 LEDs' data: the last two keep what they had
four = sim.neopixel(12, 4)
n4 = neopixel.NeoPixel(machine.Pin(12), 4)
n4.fill((5, 5, 5))
n4.write()
sim.advance_us(60)
n2 = neopixel.NeoPixel(machine.Pin(12), 2)
n2.fill((7, 0, 7))
n2.write()
sim.advance_us(60)
print(four.colors(), four.frames())

# RGBW strips: 32 bits per LED, white last
w = sim.neopixel(13, 2, 4)
rgbw = neopixel.NeoPixel(machine.Pin(13), 2, bpp=4)
rgbw[0] = (1, 2, 3, 4)
rgbw[1] = (255, 255, 255, 0)
rgbw.write()
sim.advance_us(60)
print(rgbw.buf, w.colors())

# 400 kHz (timing=0, WS2811) pulses are not WS2812 bits: the 800 kHz strip rejects the frame
slow = neopixel.NeoPixel(machine.Pin(4), 3, timing=0)
slow.fill((50, 50, 50))
t0 = sim.now_us()
slow.write()
print(sim.now_us() - t0)
sim.advance_us(60)
print(strip.colors(), strip.errors())
slow_strip = sim.neopixel(14, 1, 3, 0)
s1 = neopixel.NeoPixel(machine.Pin(14), 1, timing=0)
s1[0] = (3, 2, 1)
s1.write()
sim.advance_us(60)
print(slow_strip.colors(), slow_strip.errors())
# bit-banging with Pin.value() is far too slow for the strip: microsecond pulses are errors
p = machine.Pin(4, machine.Pin.OUT)
for i in range(24):
    p.value(1)
    p.value(0)
sim.advance_us(60)
print(strip.colors(), strip.errors())

# bad arguments
for bad in (lambda: np.__setitem__(3, (0, 0, 0)), lambda: np.__setitem__(0, (256, 0, 0)),
            lambda: np.__setitem__(0, (1, 2)), lambda: neopixel.NeoPixel(machine.Pin(34), 2),
            lambda: neopixel.NeoPixel(machine.Pin(4), 0), lambda: neopixel.NeoPixel(machine.Pin(4), 2, bpp=5),
            lambda: np[5]):
    try:
        bad()
        print('no error')
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
