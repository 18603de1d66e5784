# The ESP32 wakes from deep sleep on RTC GPIOs only (0, 2, 4, 12-15, 25-27, 32-39), and on one pin going low
# (ext0): through the adapters deepsleep() refuses anything else with a ValueError before the board sleeps; the
# simulated board has no such limits and wakes after 1 ms (the .esp32_devkitc.exp holds the device's answers).
# nf-emulation: esp32_devkitc (the ESP32's wake rules)
import machine, sim
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print('woke', machine.wake_reason() == machine.PIN_WAKE, machine.wake_reason() == machine.RTC_WAKE, sim.now_us() // 1000)
else:
    p5 = machine.Pin(5, machine.Pin.IN, machine.Pin.PULL_UP)
    p5.irq(trigger=machine.Pin.IRQ_FALLING, wake=machine.DEEPSLEEP)
    try:
        machine.deepsleep(1)
    except ValueError as e:
        print('ValueError', e)
    p5.irq(trigger=machine.Pin.IRQ_FALLING, wake=machine.IDLE)
    p4 = machine.Pin(4, machine.Pin.IN, machine.Pin.PULL_UP)
    p2 = machine.Pin(2, machine.Pin.IN, machine.Pin.PULL_DOWN)
    p4.irq(trigger=machine.Pin.IRQ_FALLING, wake=machine.DEEPSLEEP)
    p2.irq(trigger=machine.Pin.IRQ_LOW_LEVEL, wake=machine.DEEPSLEEP)
    try:
        machine.deepsleep(1)
    except ValueError as e:
        print('ValueError', e)
    p2.irq(trigger=machine.Pin.IRQ_HIGH_LEVEL, wake=machine.DEEPSLEEP)
    sim.pulse(4, 0, 100, 3000)
    print('sleeping')
    machine.deepsleep()
