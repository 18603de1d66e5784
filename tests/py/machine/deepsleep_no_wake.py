# D2: with no wake source configured, deepsleep() sleeps until reset: nothing after it runs, and the board does not
# come back at once (it used to reset after 1 ms with wake_reason() 0).
import machine
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print('woke up, but nothing could wake it')
else:
    print('going to sleep')
    machine.deepsleep()
    print('never printed')
