# network.WLAN on the desktop simulation: an always-connected station; network scripts run unchanged.
import network
import usocket as socket

sta = network.WLAN(network.STA_IF)
print(sta is network.WLAN(network.STA_IF), repr(sta))
print(sta.active(), sta.isconnected(), sta.status() == network.STAT_GOT_IP)
if not sta.isconnected():
    sta.connect('my-ssid', 'secret')
sta.connect('MicroPy-Sim', 'password')
print(sta.config('essid'), len(sta.config('mac')))
cfg = sta.ifconfig()
print(len(cfg), [len(x.split('.')) for x in cfg])
ip = cfg[0]
s = socket.socket()
s.bind((ip, 0))
print('bound to the station address', s.getsockname()[0] == ip)
s.close()
for ap in sta.scan():
    print(ap[0], len(ap[1]), ap[2], ap[3], ap[4], ap[5])

sta.disconnect()
print(sta.isconnected(), sta.status())
sta.connect('MicroPy-Sim', 'password')
print(sta.isconnected())
sta.active(False)
print(sta.active(), sta.isconnected(), sta.ifconfig())
try:
    sta.connect('x', 'y')
except OSError as e:
    print('OSError', e.args[0])
sta.active(True)
print(sta.isconnected())

ap = network.WLAN(network.AP_IF)
print(ap.active(), ap.isconnected())
ap.active(True)
ap.config(essid='nano-ap', password='12345678')
print(ap.config('essid'), ap.ifconfig())
ap.ifconfig(('10.1.2.3', '255.255.255.0', '10.1.2.1', '8.8.8.8'))
print(ap.ifconfig())
for bad in [('1.2.3', '255.0.0.0', '1.1.1.1', '1.1.1.1'), ('a', 'b'), 5]:
    try:
        ap.ifconfig(bad)
    except Exception as e:
        print(type(e).__name__)
try:
    network.WLAN(7)
except ValueError as e:
    print('ValueError', e)
try:
    sta.config('nonsense')
except ValueError as e:
    print('ValueError', e)
