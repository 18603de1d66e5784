def build(n):
    parts = []
    for i in range(n):
        parts.append('item%d' % i)
    s = ','.join(parts)
    t = s.upper().split(',')
    return len(t), s.count('1'), '{}-{}'.format(len(s), t[-1])
for k in range(10):
    build(3000)
