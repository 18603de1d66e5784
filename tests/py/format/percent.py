print('%d %i %5d|%-5d|%05d' % (1, 2, 3, 4, 5))
print('%s %r %a' % ('x', 'y', 'z'))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%.2f %10.3f %-8.1f| %e %E %g %G' % (3.14159, 2.5, 1.25, 12345.678, 0.000123, 1e-5, 1e20))
print('%c%c %%' % (65, 'b'))
print('%(a)s and %(b)d' % {'a': 'A', 'b': 2})
print('%+d % d %+.1f' % (5, 5, 2.25))
print('%s' % [1, 2], '%s' % (1,), '%*d' % (5, 42), '%.3s' % 'abcdef')
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2))]:
    try:
        bad[0] % bad[1]
    except TypeError as e:
        print('TypeError')
