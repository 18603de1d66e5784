# D2: deepsleep() waits for its wake source (here a pin edge 5 ms later) and the board comes back with
# DEEPSLEEP_RESET and PIN_WAKE; the watchdog does not run while it sleeps (D3).
# nf-emulation: esp32_devkitc (through the adapters: ext0 armed by Sleep.EnableWakeupByPin; STM32 standby wakes on its WKUP pins through Power.EnableWakeupPin, which the adapter does not arm)
import machine, sim, utime
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print('woke', machine.wake_reason() == machine.PIN_WAKE, sim.now_us() // 1000)
    utime.sleep_ms(1500)
    print('no watchdog after the wake')
else:
    machine.WDT(timeout=1000)
    p = machine.Pin(4, machine.Pin.IN, machine.Pin.PULL_UP)
    p.irq(trigger=machine.Pin.IRQ_FALLING, wake=machine.DEEPSLEEP)
    sim.pulse(4, 0, 100, 5000)
    print('sleeping at', sim.now_us() // 1000)
    machine.deepsleep()
    print('never printed')
