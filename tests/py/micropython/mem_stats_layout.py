# micropython.mem_total/mem_current/mem_peak: ints that never go backwards where they must not
import micropython

t0, c0, p0 = micropython.mem_total(), micropython.mem_current(), micropython.mem_peak()
keep = [list(range(1000)) for _ in range(50)]
t1, c1, p1 = micropython.mem_total(), micropython.mem_current(), micropython.mem_peak()
print(all(isinstance(v, int) and v >= 0 for v in (t0, c0, p0, t1, c1, p1)))
print(t1 >= t0, p1 >= p0, p1 >= c1, t1 >= c1 - c0)
try:
    micropython.mem_total(1)
except TypeError:
    print("TypeError")
