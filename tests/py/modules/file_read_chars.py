# A text file's read(n) counts characters: a multi-byte UTF-8 character (2, 3 or 4 bytes) is never split, in a
# file as in StringIO; binary reads count bytes.
import io
text = 'aα€😀b\n\U0001F600z'
with open('_tmp_chars.txt', 'w') as f:
    f.write(text)
with open('_tmp_chars.txt') as f:
    print([f.read(1), f.read(1), f.read(2), f.read(1), f.readline(), f.read(5), f.read(1)])
with open('_tmp_chars.txt', 'rb') as f:
    print(f.read(3), f.read(4))
s = io.StringIO(text)
print([s.read(3), s.read(2), s.read()])
import os
os.remove('_tmp_chars.txt')
