# a[i:j] = b[k:l]: the slice read is a temporary (the VM lends it a reused list); every way it can go elsewhere
# keeps it intact.
a = list(range(10))
b = list(range(100, 110))
a[:3] = b[7:]
print(a)
a[2:5] = a[5:2:-1]
print(a)
a[::2] = b[::-2]
print(a)
a[:] = a[::-1]
print(a)
a[3:3] = b[:0]
print(a, len(a))
a[1:2] = b[2:6]
print(a)
t = (1, 2, 3, 4)
a[:2] = t[1:3]
print(a)
s = 'hello'
a[:1] = s[1:3]
print(a)
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZ'[0:2]
print(ba)
def perm(n):
    p = list(range(n))
    flips = 0
    k = p[0] if p[0] else n - 1
    for _ in range(5):
        p[:k + 1] = p[k::-1]
        flips += 1
        k = (k + 3) % n
    return p, flips
print(perm(7))
# A __setitem__ that keeps the value it is given.
class Keep:
    def __setitem__(self, k, v):
        self.k = k
        self.v = v
keep = Keep()
src = [1, 2, 3, 4, 5]
keep[0:2] = src[1:4]
kept = keep.v
other = [0] * 6
other[1:3] = src[3:]
other[:2] = src[::-1]
print(kept, other, type(keep.k).__name__)
lst = [9, 9, 9]
lst[0:1] = kept
print(lst, kept)
# A generator suspended in the middle of the assignment, with other slice assignments run meanwhile.
def gen(x, y):
    x[(yield 'target'):] = y[::-1]
    yield x
g1 = gen([0] * 4, [1, 2, 3])
g2 = gen([5] * 4, [7, 8])
print(next(g1), next(g2))
z = [0] * 5
z[1:3] = [4, 5, 6][1:]
print(g2.send(2), g1.send(1), z)
# Errors between the read and the assignment, and in the assignment.
q = list(range(6))
try:
    q[::2] = q[:2]
except ValueError as e:
    print('ValueError', e)
try:
    q[undefined_name:] = q[1:]
except NameError as e:
    print('NameError', e)
q[1:3] = q[3:5]
print(q)
w = [1, 2, 3]
x = w[1:]
w[:1] = x[:]
x.append(99)
print(w, x)
# Chained targets and nested subscripts are plain assignments.
c1 = [0, 0, 0]
c2 = [1, 1, 1]
c1[:1] = c2[:1] = b[1:3]
print(c1, c2)
m = [[1, 2, 3], [4, 5, 6]]
m[0][1:] = m[1][:2]
print(m)
