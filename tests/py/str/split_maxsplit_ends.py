# split(None, n) keeps the rest as it stands; rsplit with a multi-char separator scans from the right.
for s in [' hello world ', '\t x\ny \r\n', 'a  b  c  ', '  ', '', 'one', ' lead', 'trail ']:
    print(repr(s), s.split(None, 1), s.split(None, 0), s.split(None, 2), s.rsplit(None, 1), s.rsplit(None, 0), s.split())
for s, sep in [('aaa', 'aa'), ('aaaa', 'aa'), ('aaaaa', 'aa'), ('abcabc', 'bc'), ('xyxyx', 'xyx'), ('a,b,,c', ','), ('', 'ab')]:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.rsplit(sep, 1), s.split(sep, 1), s.rsplit(sep, -1))
print(b' hello world '.split(None, 1), b'aaa'.rsplit(b'aa'), bytearray(b'xyxyx').rsplit(b'xyx'), b'a b '.split(None, 1))
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError', e)
