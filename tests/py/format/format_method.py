print('{} {} {}'.format(1, 'a', [2]))
print('{1} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{:>6}|{:<6}|{:^6}|{:*^7}'.format('ab', 'cd', 'ef', 'g'))
print('{:5d}|{:05d}|{:+d}|{:,}|{:x}|{:#b}|{:o}'.format(42, 42, 42, 1234567, 255, 5, 8))
print('{:.2f}|{:10.3e}|{:g}|{:%}|{:.1%}'.format(3.14159, 1234.5, 0.0001, 0.25, 0.123))
print('{0[0]} {0[1]} {1[k]}'.format([7, 8], {'k': 'v'}))
print('{!r} {!s}'.format('q', 'q'), '{{literal}}'.format())
print(format(3.5, '08.2f'), format(255, 'X'), format('x', '>3'), format(10), format(1.0))
print('{:{w}}|'.format('a', w=4))
try:
    '{} {}'.format(1)
except IndexError:
    print('IndexError')
