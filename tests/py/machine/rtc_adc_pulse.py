# RTC with an alarm, an ADC reading and time_pulse_us on a simulated echo pulse.
import machine, utime, sim
import sys
sys.path.insert(0, 'mods')
from hw import *
rtc = machine.RTC()
rtc.init((2024, 2, 29, 23, 59, 58))
utime.sleep(3)
print(rtc.now())
fired = []
rtc.irq(trigger=machine.RTC.ALARM0, handler=lambda r: fired.append(utime.ticks_ms()))
rtc.alarm(0, 500, repeat=True)
utime.sleep_ms(1600)
print(len(fired), rtc.alarm_left())
rtc.cancel()
sim.adc(ADC_CH, 2048)
print(machine.ADC(ADC_CH).read(), machine.ADC(machine.Pin(ADC_PIN)).read())
echo = machine.Pin(ECHO, machine.Pin.IN)
sim.pulse(ECHO, 1, 580, 100)
print(machine.time_pulse_us(echo, 1))
try:
    machine.time_pulse_us(echo, 1, 1000)
except OSError as e:
    print('OSError', e.args[0])
