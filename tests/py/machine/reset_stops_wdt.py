# D3: machine.reset() stops the watchdog, as the RESET button does; the script then runs 3 s without a WDT reset.
import machine, utime
if machine.reset_cause() == machine.WDT_RESET:
    print('reset by the watchdog')
elif machine.reset_cause() != machine.PWRON_RESET:
    utime.sleep_ms(3000)
    print('3 s after machine.reset() without a watchdog reset')
else:
    wdt = machine.WDT(timeout=1000)
    print('watchdog started')
    machine.reset()
