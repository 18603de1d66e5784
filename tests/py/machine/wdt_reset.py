# A watchdog that is not fed resets the board; after the reset the script sees WDT_RESET.
import machine, utime
if machine.reset_cause() == machine.WDT_RESET:
    print('rebooted by the watchdog')
else:
    print('first boot', machine.reset_cause() == machine.PWRON_RESET)
    wdt = machine.WDT(timeout=1000)
    for i in range(3):
        utime.sleep_ms(500)
        wdt.feed()
    print('fed 3 times')
    utime.sleep(2)
    print('never printed')
