# The board file system: /flash is the mount point, cwd starts there, nothing outside it is reachable.
import os
print(os.getcwd(), os.listdir('/'))
try:
    open('../../etc/passwd')
except OSError as e:
    print('OSError', e.args[0])
try:
    open('/etc/passwd')
except OSError as e:
    print('OSError', e.args[0])
with open('/flash/_x.txt', 'w') as f:
    f.write('hi')
print(open('_x.txt').read(), '_x.txt' in os.listdir())
os.remove('/flash/_x.txt')
# own process: it checks that /flash (its own folder here) is the whole file system
