# An LED blink on the simulated board, recorded with exact virtual timestamps.
import machine, utime, sim
led = machine.Pin(2, machine.Pin.OUT)
for i in range(3):
    led.on()
    utime.sleep_ms(250)
    led.off()
    utime.sleep_ms(250)
print(sim.pin(2).history())
print(sim.now_us(), led.value())
