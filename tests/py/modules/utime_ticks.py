# utime on the simulated board: instant virtual sleeps, ticks arithmetic as the seed defines it, calendar time from the board epoch 2000-01-01.
import utime
t0 = utime.ticks_ms()
utime.sleep_ms(1500)
t1 = utime.ticks_ms()
print(utime.ticks_diff(t0, t1), utime.ticks_diff(t1, t0))
u0 = utime.ticks_us()
utime.sleep_us(250)
print(utime.ticks_diff(u0, utime.ticks_us()))
utime.sleep(0.5)
print(utime.ticks_diff(t0, utime.ticks_ms()))
print(utime.ticks_add(2 ** 30 - 1, 1), utime.ticks_diff(2 ** 30 - 10, 5))
print(utime.localtime(0), utime.localtime(951782400)[:3], utime.mktime((2000, 2, 29, 0, 0, 0, 0, 0)))
print(utime.localtime(utime.mktime((2024, 12, 31, 23, 59, 59, 0, 0))))
try:
    utime.sleep(-1)
except ValueError:
    print('ValueError')
