# D4: freq()/period() on a running channel change its rate; D5: a PWM period over 1 s is refused (it ran at 0 Hz);
# D6: duty_cycle is in hundredths of a percent (0..10000), read back exactly.
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
import machine, utime
n = [0]
def tick(t):
    n[0] += 1
tim = machine.Timer(0, mode=machine.Timer.PERIODIC)
ch = tim.channel(machine.Timer.A, freq=10)
ch.irq(handler=tick, trigger=machine.Timer.TIMEOUT)
utime.sleep_ms(1000)
print(n[0], ch.freq())
ch.freq(100)
n[0] = 0
utime.sleep_ms(1000)
print(n[0], ch.freq())
ch.period(50000)
n[0] = 0
utime.sleep_ms(1000)
print(n[0], ch.period())
tim.deinit()
pwm = machine.Timer(1, mode=machine.Timer.PWM)
pch = pwm.channel(machine.Timer.A, freq=1000, duty_cycle=2550, pin=machine.Pin(5))
print(pch.duty_cycle(), pch)
pch.duty_cycle(7525)
print(pch.duty_cycle())
for f in (lambda: pch.period(2000000), lambda: pch.duty_cycle(10001), lambda: pch.duty_cycle(-1)):
    try:
        f()
        print('accepted')
    except ValueError:
        print('ValueError')
print(pch.period())
# the channel's irq object is reconfigured by its init() and stopped by disable()
tim = machine.Timer(2, mode=machine.Timer.PERIODIC)
ch = tim.channel(machine.Timer.A, freq=10)
irq = ch.irq(handler=tick, trigger=machine.Timer.TIMEOUT)
n[0] = 0
utime.sleep_ms(500)
irq.init(handler=tick, trigger=machine.Timer.TIMEOUT)
print(n[0], irq is ch.irq(handler=tick))
irq.disable()
n[0] = 0
utime.sleep_ms(500)
print(n[0])
