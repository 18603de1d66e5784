# ure.split stops at the first match that is empty, as MicroPython 1.8.2 does (CPython 3.7+ splits there);
# non-empty matches before it still split, and maxsplit still counts.
import ure
print(ure.split(',?', 'a,b'))
print(ure.compile('-*').split('x--y'))
print(ure.compile(';').split('p;q;r'))
print(ure.split(';', 'p;q;r', 1))
print(ure.compile('b*').split('abbba'))
print(ure.compile('x*').split('xxa'))
