# A periodic timer at 10 Hz over one simulated second calls back exactly 10 times.
import machine, utime
ticks = []
def tick(t):
    ticks.append(utime.ticks_ms())
tim = machine.Timer(-1)
tim.init(period=100, mode=machine.Timer.PERIODIC, callback=tick)
utime.sleep(1)
tim.deinit()
utime.sleep(1)
print(len(ticks), ticks)
once = []
t2 = machine.Timer(-1)
t2.init(period=50, mode=machine.Timer.ONE_SHOT, callback=lambda t: once.append(1))
utime.sleep_ms(200)
print(once)
