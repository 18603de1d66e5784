# board: wipy
# The simulated WiPy: its uname, pin names, pin-mux table (alt_list, alt=), wake pins, bus units found from pins,
# timer ids and PWM pins, ADC channels on GP2-GP5, the SD slot's pins, and the RTC's power-on date.
import os, machine, sim, utime
from machine import Pin, UART, SPI, I2C, Timer, ADC, SD, RTC
u = os.uname()
print(u.sysname, u.nodename, u.machine)
print(Pin.board.GP25, Pin('GP3').id())
print(Pin.board.GP10.alt_list())
print(Pin('GP28').alt_list())
p = Pin('GP10', mode=Pin.ALT, alt=3)
print(p)
for f in (lambda: Pin('GP10', Pin.ALT, alt=2), lambda: Pin('GP18'), lambda: Pin('A0'),
          lambda: Pin('GP16').irq(trigger=Pin.IRQ_RISING, wake=machine.SLEEP),
          lambda: Timer(4), lambda: Timer(0, mode=Timer.PWM, width=32), lambda: ADC(id=1), lambda: ADC(bits=10),
          lambda: SPI(0, SPI.MASTER, pins=('GP14', 'GP16', 'GP8')), lambda: UART(0, pins=('GP12', 'GP7')),
          lambda: I2C(0, pins=('GP10', 'GP15')), lambda: SD(pins=('GP10', 'GP11', 'GP8'))):
    try:
        f()
        print('accepted')
    except ValueError:
        print('ValueError')
print(Pin('GP13').irq(trigger=Pin.IRQ_FALLING, wake=machine.SLEEP).trigger() == Pin.IRQ_FALLING)
print(UART(pins=('GP16', 'GP17')), UART(pins=(None, 'GP2')))
print(SPI(), I2C())
print(ADC().channel(pin='GP5'), ADC().channel(0))
tim = Timer(3, mode=Timer.PWM)
ch = tim.channel(Timer.B, freq=1000, duty_cycle=10000)
print(ch, Pin('GP11')())
print(Timer(0, mode=Timer.PWM).channel(Timer.B, freq=100, duty_cycle=5000))
print(RTC().now()[:6], utime.localtime(0)[:3])
print(SD(pins=('GP10', 'GP11', 'GP15')))
sd = SD(0, ('GP10', 'GP11', 'GP15'))
sd.init(0, pins=('GP10', 'GP11', 'GP15'))
sd.init(('GP10', 'GP11', 'GP15'))
sd.deinit()
print(sd, 'init forms')
