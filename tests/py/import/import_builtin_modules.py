import sys
import math
import gc
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules or True)
print(math.sqrt(4), sys.maxsize > 2 ** 30, type(sys.argv).__name__)
print(callable(gc.collect))
from math import pi, floor as fl
print(round(pi, 5), fl(2.7))
import math as m2
print(m2 is math)
