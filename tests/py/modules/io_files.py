try:
    import uio as io
except ImportError:
    import io
try:
    import uos as os
except ImportError:
    import os
s = io.StringIO()
s.write('hello\n')
s.write('world')
print(s.getvalue())
s.seek(0)
print(s.readline(), s.read())
b = io.BytesIO(b'abc')
print(b.read(1), b.read(), b.getvalue())
with open('_tmp_test.txt', 'w') as f:
    f.write('line1\nline2\n')
with open('_tmp_test.txt') as f:
    print(f.readlines())
with open('_tmp_test.txt', 'a') as f:
    f.write('line3')
for line in open('_tmp_test.txt'):
    print(repr(line))
with open('_tmp_test.txt', 'rb') as f:
    print(f.read())
print('_tmp_test.txt' in os.listdir('.'), os.stat('_tmp_test.txt')[6])
os.rename('_tmp_test.txt', '_tmp_test2.txt')
os.remove('_tmp_test2.txt')
print('_tmp_test2.txt' in os.listdir('.'))
try:
    open('_does_not_exist.txt')
except OSError as e:
    print('OSError', e.args[0])
