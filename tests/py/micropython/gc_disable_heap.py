# With the GC disabled the heap gives nothing back, as on a MicroPython board: allocating in a loop ends in
# MemoryError, while calls, small-int arithmetic and for-range loops create no object and still run;
# gc.collect() reclaims the garbage and gc.enable() lets the collector work again.
# (.exp: CPython's collector keeps reclaiming, so its loop would not end.)
import gc

def spin():
    n = 0
    try:
        while True:
            [n]
            n += 1
    except MemoryError:
        return n

def work(a, b=3):
    t = 0
    for i in range(a):
        t += i * b
    return t

gc.disable()
print(gc.isenabled())
print(spin() > 1000)
print(work(10), work(4, b=1))
try:
    [1, 2]
except MemoryError:
    print('MemoryError')
gc.collect()
print([1, 2], gc.isenabled())
print(spin() > 1000)
gc.enable()
gc.collect()
print(gc.isenabled(), gc.mem_alloc() < 4000000, len([[i] for i in range(10000)]))
