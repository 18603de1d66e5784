# os.listdir lists a folder in the order its entries were made, as a board's FAT directory does: a new or renamed
# entry comes last, a removed one leaves the order of the rest. (CPython gives the host's order: the expected output
# is a board's.)
import os
os.mkdir('_order')
for name in ('zeta', 'alpha', 'mid'):
    open('_order/' + name, 'w').close()
os.mkdir('_order/beta')
print(os.listdir('_order'))
os.rename('_order/alpha', '_order/omega')
print(os.listdir('_order'))
os.remove('_order/zeta')
open('_order/aaa', 'w').close()
print(os.listdir('_order'))
for name in os.listdir('_order'):
    if name == 'beta':
        os.rmdir('_order/beta')
    else:
        os.remove('_order/' + name)
os.rmdir('_order')
