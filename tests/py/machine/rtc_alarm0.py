# D1: RTC.ALARM0 is the bit irq.flags() reports when the alarm fires (it was 0 while flags() said 1).
import machine, utime
rtc = machine.RTC()
seen = []
def on_alarm(r):
    seen.append(irq.flags())
irq = rtc.irq(trigger=machine.RTC.ALARM0, handler=on_alarm)
rtc.alarm(time=100)
utime.sleep_ms(150)
print(machine.RTC.ALARM0 != 0, len(seen), seen[0] & machine.RTC.ALARM0 == machine.RTC.ALARM0, irq.flags())
# the alarm id is checked everywhere, as alarm() does (D10)
for f in (lambda: rtc.alarm(1, 100), lambda: rtc.alarm_left(1), lambda: rtc.cancel(1), lambda: rtc.irq(trigger=10),
          lambda: rtc.irq(trigger=machine.RTC.ALARM0, wake=1789456)):
    try:
        f()
        print('accepted')
    except ValueError:
        print('ValueError')
print(rtc.alarm_left(0), rtc.cancel(0))
