# deepsleep() wakes on the RTC alarm whose irq has wake=machine.DEEPSLEEP: the board comes back after the alarm's
# time with DEEPSLEEP_RESET and RTC_WAKE (on an ESP32 through nanoFramework's Sleep.EnableWakeupByTimer).
# nf-emulation: esp32_devkitc (STM32 standby wakes on the alarm through RTC.SetAlarm, a path of its own)
import machine, sim
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print('woke', machine.wake_reason() == machine.RTC_WAKE, machine.wake_reason() == machine.PIN_WAKE, 290 <= sim.now_us() // 1000 <= 310)
else:
    rtc = machine.RTC()
    rtc.irq(trigger=machine.RTC.ALARM0, wake=machine.DEEPSLEEP)
    rtc.alarm(time=300)
    print('sleeping')
    machine.deepsleep()
    print('never printed')
