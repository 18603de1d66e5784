# Module-level ints and floats rebound in loops (kept unboxed in the globals dict): functions, globals() and
# other modules' views of them see the same numbers, through overflow and retyping.
total = 0
x = 0.0
for i in range(2000):
    total += i * 1000
    x = x + 0.25
print(total, x, globals()['total'], globals()['x'])
def bump(k):
    global total, x
    for j in range(k):
        total = total * 7 + j
        x = x * 1.5
    return total
print(bump(3), x)
print(bump(40) % 1000000007, x)
total = 5
for v in (1, 2.5, None, 'str', 10 ** 25, -3):
    total = v
    print(repr(total), repr(globals()['total']))
g = globals()
print(sorted(k for k in g if k in ('total', 'x', 'i')), g['i'])
counter = 0
def incr():
    global counter
    counter += 300
for _ in range(10):
    incr()
print(counter, counter == 3000, str(counter), hash(counter) == hash(3000))
del counter
try:
    print(counter)
except NameError as e:
    print('NameError', e)
