# A TimerChannel's irq handler receives the channel (MicroPython's cc3200 pybtimer.c: mp_irq_new(ch, ...)), not
# the Timer: the handler can change its own channel's rate through its argument.
import machine, utime
seen = []
def tick(ch):
    seen.append(ch)
    if len(seen) == 3:
        ch.freq(100)
tim = machine.Timer(0, mode=machine.Timer.PERIODIC)
cha = tim.channel(machine.Timer.A, freq=10)
cha.irq(handler=tick, trigger=machine.Timer.TIMEOUT)
utime.sleep_ms(1000)
tim.deinit()
print(len(seen) > 3, all(c is cha for c in seen), cha.freq())
print(type(seen[0]) is type(cha), seen[0] is tim)
