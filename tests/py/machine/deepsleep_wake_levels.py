# Deep-sleep wake pins wait for the level their trigger names (on an ESP32: IRQ_RISING/IRQ_HIGH_LEVEL on ext1
# ANY_HIGH, IRQ_FALLING/IRQ_LOW_LEVEL on ext0; a pin already at its level wakes the board at once): GPIO4 waits for a
# low level and stays high, GPIO33 waits for a high level and gets it 7 ms later.
# nf-emulation: esp32_devkitc (the ESP32's RTC GPIOs; STM32 standby wakes on its WKUP pins, not armed by the adapter)
import machine, sim
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print('woke', machine.wake_reason() == machine.PIN_WAKE, sim.now_us() // 1000)
else:
    a = machine.Pin(4, machine.Pin.IN, machine.Pin.PULL_UP)
    b = machine.Pin(33, machine.Pin.IN, machine.Pin.PULL_DOWN)
    a.irq(trigger=machine.Pin.IRQ_FALLING, wake=machine.DEEPSLEEP)
    b.irq(trigger=machine.Pin.IRQ_RISING, wake=machine.DEEPSLEEP)
    sim.pulse(33, 1, 1000, 7000)
    print('sleeping')
    machine.deepsleep()
