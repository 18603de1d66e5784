# help(obj) prints MicroPython's member listing (CPython's pydoc differs, hence the .exp file).
import ucollections
help(ucollections)
class Point:
    x = 5
    label = 'p'
help(Point)
try:
    help(1, 2)
except TypeError as e:
    print('TypeError', e)
