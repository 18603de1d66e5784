# board: wipy
# The WiPy's SD card through os (MicroPython 1.8.2's cc3200 moduos.c): os.mount(sd, '/sd') serves the card, a card
# mounts once and not over an existing path, os.mkfs formats it by its mount point or by the SD object, os.unmount
# takes it away ('/flash' stays: OSError; an unknown point: ValueError); a disabled slot is OSError on access.
import machine, os
sd = machine.SD(pins=('GP10', 'GP11', 'GP15'))
print(os.listdir('/'))
os.mount(sd, '/sd/')
print(os.listdir('/'), os.stat('/sd')[0] == 0x4000)
os.mkfs('/sd')
print(os.listdir('/sd'))
for name in ('b', 'a', 'c'):
    with open('/sd/' + name, 'w') as f:
        f.write(name * 3)
os.mkdir('/sd/d')
os.rename('/sd/a', '/sd/d/a2')
print(os.listdir('/sd'), os.listdir('/sd/d'), open('/sd/d/a2').read())
os.chdir('/sd/d')
print(os.getcwd(), open('a2').read())
os.chdir('/flash')

def check(what, f):
    try:
        f()
        print(what, 'accepted')
    except Exception as e:
        print(what, type(e).__name__)

check('mount again', lambda: os.mount(sd, '/sd'))
check('mount elsewhere', lambda: os.mount(sd, '/card'))
check('mount on flash', lambda: os.mount(sd, '/flash'))
check('mount nested', lambda: os.mount(sd, '/a/b'))
check('mkfs relative', lambda: os.mkfs('sd'))
check('mkfs flash', lambda: os.mkfs('/flash'))
check('unmount flash', lambda: os.unmount('/flash'))
check('unmount unknown', lambda: os.unmount('/nothing'))
sd.deinit()
check('open disabled', lambda: open('/sd/b'))
check('mkdir disabled', lambda: os.mkdir('/sd/e'))
sd.init()
print(open('/sd/b').read())
os.unmount('/sd')
print(os.listdir('/'))
check('listdir unmounted', lambda: os.listdir('/sd'))
check('mkfs unmounted path', lambda: os.mkfs('/sd'))
os.mkfs(sd)
os.mount(sd, '/sd')
print(os.listdir('/sd'))
sd.deinit()
check('mount disabled', lambda: (os.unmount('/sd'), os.mount(sd, '/sd')))
