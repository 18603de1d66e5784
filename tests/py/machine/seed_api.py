# Every function, class, method and constant of the seed's machine pages exists, and its argument forms work.
# nf-emulation: esp32_devkitc (written for the ESP32 buses and pins of the simulated board)
import machine
names = {
    machine: 'reset reset_cause disable_irq enable_irq freq idle sleep deepsleep unique_id time_pulse_us '
             'IDLE SLEEP DEEPSLEEP POWER_ON HARD_RESET WDT_RESET DEEPSLEEP_RESET SOFT_RESET WLAN_WAKE PIN_WAKE RTC_WAKE '
             'ADC ADCChannel I2C Pin RTC SD SPI Timer TimerChannel UART WDT',
    machine.ADC: 'channel init deinit',
    machine.ADCChannel: 'value init deinit',
    machine.I2C: 'init deinit scan start stop readinto write readfrom readfrom_into writeto readfrom_mem '
                 'readfrom_mem_into writeto_mem MASTER',
    machine.Pin: 'init value alt_list board IN OUT OPEN_DRAIN ALT ALT_OPEN_DRAIN PULL_UP PULL_DOWN LOW_POWER MED_POWER '
                 'HIGH_POWER IRQ_FALLING IRQ_RISING IRQ_LOW_LEVEL IRQ_HIGH_LEVEL',
    machine.RTC: 'init now deinit alarm alarm_left cancel irq ALARM0',
    machine.SD: 'init deinit',
    machine.SPI: 'init deinit write read readinto write_readinto MASTER MSB',
    machine.Timer: 'init deinit channel ONE_SHOT PERIODIC PWM A B POSITIVE NEGATIVE TIMEOUT MATCH',
    machine.TimerChannel: 'irq freq period duty_cycle',
    machine.UART: 'init deinit any read readall readinto readline write sendbreak irq EVEN ODD RX_ANY',
    machine.WDT: 'feed',
}
missing = [n for o, s in names.items() for n in s.split() if not hasattr(o, n)]
print('missing:', missing)
# reset causes and wake reasons are distinct values; IDLE/SLEEP/DEEPSLEEP distinct bits
print(len({machine.POWER_ON, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET}),
      len({machine.WLAN_WAKE, machine.PIN_WAKE, machine.RTC_WAKE}))
state = machine.disable_irq()
machine.enable_irq(state)
print(state, machine.freq() > 0, len(machine.unique_id()) > 0)
# argument forms as the seed writes them
adc = machine.ADC(0, bits=12)
ch = adc.channel(id=0)
print(ch() == ch.value(), 0 <= ch() < 4096)
rtc = machine.RTC(0, datetime=(2014, 5, 1, 4, 13, 0, 0, 0))
rtc.init((2014, 5, 1, 4, 13, 0, 0, 0))
print(rtc.now()[:6])
rtc.alarm(0, 1000, repeat=True)
irq = rtc.irq(trigger=machine.RTC.ALARM0, handler=None, wake=machine.IDLE)
print(rtc.alarm_left(0), rtc.alarm_left())
rtc.alarm(time=(2014, 5, 1, 4, 13, 2))
print(rtc.alarm_left() // 100)
rtc.cancel()
spi = machine.SPI(1)
spi.init(machine.SPI.MASTER, baudrate=1000000, polarity=0, phase=0, bits=8, firstbit=machine.SPI.MSB, pins=None)
# nothing on the bus: MISO idles high
print(spi.read(3, write=0x00), spi.readinto(bytearray(2), write=0xFF), spi.write(b'ab'), spi.write_readinto(b'xy', bytearray(2)))
uart = machine.UART(1, 9600)
uart.init(9600, bits=8, parity=None, stop=1)
print(uart.any(), uart.read(10), uart.readall(), uart.readinto(bytearray(4), 2), uart.readline(), uart.write('abc'), uart.sendbreak())
tim = machine.Timer(0, mode=machine.Timer.PERIODIC)
tch = tim.channel(machine.Timer.A, freq=10)
print(tch.irq(trigger=machine.Timer.TIMEOUT, handler=None) is not None, tch.freq(), tch.period())
try:
    tch.irq(trigger=8)
except ValueError:
    print('ValueError')
tim.deinit()
wdt = machine.WDT(id=0, timeout=5000)
wdt.feed()
print(wdt)
