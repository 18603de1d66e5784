x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0xF0; print(x)
x &= 0x3C; print(x)
x ^= 0xFF; print(x)
f = 7.0
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
print(d)
class A: pass
o = A(); o.v = 1; o.v += 4; print(o.v)
a = [1, 2, 3]; a[1] *= 5; print(a)
