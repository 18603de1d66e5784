# Format-spec corners found by a differential fuzz against CPython: float with a precision and no type, zero
# padding with thousands grouping, '0' with an explicit alignment, ',' with non-decimal types, '#' with str, %c range.
for v in (3.5, 35.0, 100.0, 0.1, 0.0, -0.0, 1e20, 123.456, -2.5e-7):
    print(format(v, '.0'), format(v, '.1'), format(v, '.2'), format(v, '#.1'), format(v, '#'), format(v, '.3'))
print(format(1, '= 05,d'), format(1, '05,'), format(-1234, '010,'), format(1234.5, '012,.1f'), format(1, '0=8,'))
print(format(3.5, '=+09,.2f'), format(42, '0,.0%' if False else '0,'), format(42.0, ' 05,.0%'), format(3.5, '=+0,.0%'))
print(repr(format(0.1, '^ 05,.1f')), repr(format(7, '^05')), repr(format('ab', '05')), repr(format('ab', '<05')))
print(repr(format(65, 'c')), repr(format(66, '>3c')))
for spec in (',x', ',b', ',o', ',X', ',n', ',c'):
    try:
        format(255, spec)
    except ValueError as e:
        print('ValueError', e)
for bad in ('#', '#5s', '#<3'):
    try:
        format('ab', bad)
    except ValueError as e:
        print('ValueError', e)
for n in (-1, 0x110000):
    try:
        print('%c' % n)
    except OverflowError as e:
        print('OverflowError', e)
    try:
        print(format(n, 'c'))
    except OverflowError as e:
        print('OverflowError', e)
print(repr('%c' % 65), repr('%3c' % 66))
