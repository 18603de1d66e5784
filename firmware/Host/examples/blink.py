# Blinks the board LED on the simulated board; the pin history shows the virtual timestamps.
import machine, utime, sim
led = machine.Pin(machine.Pin.board.LED, machine.Pin.OUT)
for i in range(4):
    led.value(not led.value())
    utime.sleep_ms(500)
print(sim.pin(2).history())
