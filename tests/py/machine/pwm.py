# machine.PWM as the esp8266/ESP32 pages document it: PWM(pin, freq=, duty=) with duty 0..1023, freq(), duty(),
# deinit(); the simulated pin carries the waveform, measured here from its timed history.
import machine, sim
import sys
sys.path.insert(0, 'mods')
from hw import *

def widths(n, us):
    # high and low times of the last full periods on pin n over us microseconds
    p = sim.pin(n)
    p.clear_history()
    sim.advance_us(us)
    h = p.history()
    highs = [h[i + 1][0] - h[i][0] for i in range(len(h) - 1) if h[i][1] == 1]
    lows = [h[i + 1][0] - h[i][0] for i in range(len(h) - 1) if h[i][1] == 0]
    return highs[-1] if highs else None, lows[-1] if lows else None

pwm = machine.PWM(machine.Pin(PWM_A), freq=1000, duty=256)
print(pwm.freq(), pwm.duty())
print(pwm)
# 1 kHz: 1000 us period; duty 256/1023 is 25 %: 250 us high, 750 us low
print(widths(PWM_A, 5000))
pwm.duty(512)
print(pwm.duty(), widths(PWM_A, 5000))
pwm.freq(500)
print(pwm.freq(), widths(PWM_A, 10000))
pwm.duty(0)
print(widths(PWM_A, 5000), sim.pin(PWM_A).level())
pwm.duty(1023)
print(widths(PWM_A, 5000), sim.pin(PWM_A).level())
pwm.deinit()
print(widths(PWM_A, 5000), sim.pin(PWM_A).level())
# the defaults of the ESP32 port: 5 kHz, duty 512
d = machine.PWM(machine.Pin(PWM_B))
print(d.freq(), d.duty(), sim.pwm(PWM_B))
d.init(freq=2000, duty=100)
print(d, widths(PWM_B, 3000))
d.deinit()
print(sim.pwm(PWM_B))

# bad arguments
for bad in [lambda: machine.PWM(machine.Pin(PWM_A), freq=0), lambda: machine.PWM(machine.Pin(PWM_A), duty=1024),
            lambda: machine.PWM(machine.Pin(PWM_A), duty=-1), lambda: machine.PWM(machine.Pin(NO_PWM)),
            lambda: machine.PWM(machine.Pin(PWM_A), speed=3), lambda: machine.PWM()]:
    try:
        bad()
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

# the ESP32 LEDC timer pool (the STM32F769I-DISCO's header pins reach only TIM1, 3 and 4, fixed per pin)
if POOL_PINS:
    # 8 PWM timers (ESP32 LEDC as nanoFramework runs it), one frequency and two channels each: channels at the same
    # frequency share a timer while it has a free channel
    pins = POOL_PINS
    outs = [machine.PWM(machine.Pin(n), freq=100 * (i + 1), duty=512) for i, n in enumerate(pins)]
    try:
        machine.PWM(machine.Pin(21), freq=5000)
    except ValueError as e:
        print('ValueError', e)
    shared = machine.PWM(machine.Pin(21), freq=300, duty=100)
    print(shared.freq(), sim.pwm(21))
    # moving a shared channel to a new frequency needs a free timer
    try:
        shared.freq(900)
    except ValueError as e:
        print('ValueError', e)
    print(shared.freq())
    outs[0].deinit()
    shared.freq(900)
    print(shared.freq(), sim.pwm(21))
    # Timer PWM channels take timers from the same pool
    t = machine.Timer(1, mode=machine.Timer.PWM)
    try:
        t.channel(machine.Timer.A, freq=7000, duty_cycle=5000, pin=machine.Pin(22))
    except ValueError as e:
        print('ValueError', e)
    outs[1].deinit()
    ch = t.channel(machine.Timer.A, freq=7000, duty_cycle=5000, pin=machine.Pin(22))
    print(sim.pwm(22))
    t.deinit()
    for o in outs:
        o.deinit()
    shared.deinit()
    print([sim.pwm(n) for n in pins + [21, 22]])
    # a third channel at one frequency takes a second timer at that frequency
    same = [machine.PWM(machine.Pin(n), freq=1234) for n in (0, 1, 2)]
    other = [machine.PWM(machine.Pin(n), freq=100 * (i + 1)) for i, n in enumerate((12, 13, 14, 15, 16, 17))]
    try:
        machine.PWM(machine.Pin(18), freq=5000)
    except ValueError as e:
        print('ValueError', e)
    fourth = machine.PWM(machine.Pin(18), freq=1234)
    try:
        machine.PWM(machine.Pin(19), freq=1234)
    except ValueError as e:
        print('ValueError', e)
    print([sim.pwm(n)[0] for n in (0, 1, 2, 18)])
