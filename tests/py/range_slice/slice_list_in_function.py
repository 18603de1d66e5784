# List slicing and slice assignment inside functions (compiled ahead of time, the helpers' fast paths): every bound
# kind (unboxed ints, ints read from a list, None, negative, huge), steps, aliasing of a list with itself, values of
# every kind, and the errors.
def reads(l, ks):
    k = ks[0]
    big = 2 ** 40
    huge = 2 ** 70
    out = []
    out.append(l[:])
    out.append(l[1:4])
    out.append(l[k:])
    out.append(l[:k + 1])
    out.append(l[k::-1])
    out.append(l[::-1])
    out.append(l[::2])
    out.append(l[::-3])
    out.append(l[-3:])
    out.append(l[-100:100])
    out.append(l[100:])
    out.append(l[:-100])
    out.append(l[5:2])
    out.append(l[2:5:-1])
    out.append(l[5:2:-1])
    out.append(l[-1:-8:-2])
    out.append(l[big:])
    out.append(l[-big:big])
    out.append(l[::big])
    out.append(l[::-big])
    out.append(l[huge:])
    out.append(l[-huge:huge:2])
    out.append(l[True:])
    out.append(l[None:None:None])
    out.append(l[k:k])
    return out

def flips(n):
    perm = None
    perm = [(3 * i + 2) % n for i in range(n)]
    f = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        f += 1
        k = perm[0]
    return perm, f

def rotate(n):
    perm1 = list(range(n))
    seen = []
    for r in range(1, n):
        p0 = perm1[0]
        perm1[:r] = perm1[1:r + 1]
        perm1[r] = p0
        seen.append(perm1[:])
    return seen

def writes():
    a = list(range(8))
    a[:3] = a[2::-1]
    print(a)
    a[1:4] = a[4:1:-1]
    print(a)
    a[:] = a[::-1]
    print(a)
    a[::2] = a[1::2]
    print(a)
    a[::-1] = a[:]
    print(a)
    a[2:2] = a[:3]
    print(a, len(a))
    a[1:7] = a[:2]
    print(a, len(a))
    a[:] = a
    print(a)
    a[1:] = a
    print(a)
    a[:0] = a[-2:]
    print(a)
    a[100:] = [7, 8]
    print(a)
    a[-100:1] = (5, 6)
    print(a)
    a[3:1] = [0]
    print(a)
    a[::3] = tuple(a[::3])
    print(a)
    a[1:3] = range(3)
    print(a)
    a[1:3] = 'xy'
    print(a)
    a[2:4] = (x * 2 for x in (1, 2, 3))
    print(a)
    b = a[:]
    b[1:3] = []
    print(a, b, a is b)
    k = a[0]
    a[k:k] = [k]
    print(a)

def errors():
    a = list(range(6))
    for f in (lambda: a[::0], lambda: a.__setitem__(slice(None, None, 0), []), lambda: a[1:2:0]):
        try:
            f()
        except ValueError as e:
            print('ValueError', e)
    try:
        a[::2] = a[:2]
    except ValueError as e:
        print('ValueError', e)
    try:
        a[::-1] = [1, 2]
    except ValueError as e:
        print('ValueError', e)
    try:
        a[1:2] = 5
    except TypeError:
        print('TypeError')
    try:
        a['x':]
    except TypeError:
        print('TypeError')
    try:
        a[1.5:] = [1]
    except TypeError:
        print('TypeError')
    print(a)

kept = None

class Keep:
    def __setitem__(self, k, v):
        global kept
        kept = v

def lent():
    b = [1, 2, 3]
    Keep()[0:1] = b[:]
    a = [0, 0, 0]
    a[0:3] = kept
    print(a, kept)
    c = [4, 5, 6]
    c[1:] = c[:1]
    print(c, kept)

def others():
    t = (1, 2, 3, 4, 5)
    s = 'abcdef'
    by = b'abcdef'
    ba = bytearray(b'abcdef')
    print(t[1:3], t[::-1], s[1:4], s[::-2], by[2:], by[::-1], ba[1:3])
    ba[1:3] = ba[3:1:-1]
    print(ba)
    ba[:2] = b'xyz'[1:]
    print(ba)
    r = range(10)
    print(r[2:8:2], r[::-1])
    l = [1, 2, 3]
    l[1:2] = t[2:4]
    print(l)

print(reads([10, 11, 12, 13, 14, 15, 16], [2]))
print(reads([], [2]))
print(reads([1], [-1]))
print(flips(7), flips(1))
print(rotate(6))
writes()
errors()
lent()
others()
