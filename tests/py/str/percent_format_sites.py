# 'text%d' % x and 'text%s' % x in functions (compiled ahead of time: one plain conversion takes a short path)
class I:
    def __str__(self):
        return 'I-str'
    def __int__(self):
        return 42
    def __index__(self):
        return 42
class S(str):
    pass
def fmt_d(x):
    return 'k%d' % x
def fmt_i(x):
    return '%i!' % x
def fmt_s(x):
    return '<%s>' % x
def fmt_d_expr(i):
    return 'k%d' % (i % 5)
def fmt_unicode(x):
    return 'é%d€\n"\\' % x

for v in (0, 7, -7, 123456789, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 63 - 1, -2 ** 63, 2 ** 70, True, False, 3.9, -3.9):
    print(fmt_d(v), fmt_i(v), fmt_s(v))
for v in ('abc', '', S('sub'), (1,), (1, 2), [1], None, I()):
    try:
        print(repr(fmt_s(v)))
    except TypeError as e:
        print('TypeError s', type(v).__name__)
    try:
        print(repr(fmt_d(v)))
    except TypeError as e:
        print('TypeError d', type(v).__name__)
print([fmt_d_expr(i) for i in range(7)])
print(repr(fmt_unicode(5)), repr(fmt_unicode(-5)))

def others(x):
    # not the short path: other conversions, several, flags, widths, %%
    return ('%x' % x, '%5d' % x, '%-3d|' % x, '%d%%' % x, '%d-%d' % (x, x), '%03d' % x, '%+d' % x, '% d' % x)
print(others(7), others(-7))
def big(n):
    s = 'x' * n
    return len('[%s]' % s)
print(big(5000))
def rebound_format():
    f = 'a%d'
    out = []
    for i in range(3):
        out.append(f % i)
        f = '%s b'
    return out
print(rebound_format())
