# str + and % with str subclasses on either side (the subclass's reflected operator goes first), comparisons
# against subclasses with their own __eq__/__lt__, and the errors of str + x and % formatting.
class S(str):
    pass
print('a' + S('b'), 'x%s' % S('y'), S('a') + 'b', S('a') + S('b'))
class T(str):
    def __rmod__(self, o):
        return 'rmod'
print('x%s' % T('y'))
class E(str):
    def __eq__(self, o):
        return 'E.eq'
    def __lt__(self, o):
        return 'E.lt'
    __hash__ = str.__hash__
print('a' == E('a'), 'a' > E('b'), E('a') == 'a', 'a' < S('b'), 'b' == S('b'))
print('a' * 2 + S('c'), S('x') + S('y'), type('a' + S('b')).__name__)
class R(str):
    def __radd__(self, o):
        return 'radd:' + str.__add__(o, self)
    def __rmod__(self, o):
        return 'rmod'
print('a' + R('b'), 'x%s' % R('y'), 'a' + 'b', 'k%d' % 5, 'k%d' % 500, '%s-%s' % (1, 2), '%(a)s' % {'a': 3})
s = 'q'
s += 'r'
s += R('t')
print(s)
for bad in (1, None, [1], b'x'):
    try:
        'a' + bad
    except TypeError as e:
        print('TypeError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError', e)
print('%s' % [1, 2], '%r' % 'a', '%.2f' % 1.5, '%x' % 255)
