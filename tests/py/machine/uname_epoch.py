# E1: os.uname() has named fields; E2: the board's epoch is 2000-01-01 (the seed's rule for embedded ports).
# nf-emulation: esp32_devkitc (written for the ESP32 pins of the simulated board)
import os, utime
u = os.uname()
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4], len(u))
print(u.release, 'ESP32' in u.machine)
print(utime.localtime(0))
print(utime.mktime((2000, 1, 1, 0, 0, 0, 0, 0)), utime.mktime((2001, 1, 1, 0, 0, 0, 0, 0)))
print(0 <= utime.time() < 86400 * 366 * 30)
