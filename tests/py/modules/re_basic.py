try:
    import ure as re
except ImportError:
    import re
m = re.match(r'(\d+)-(\w+)', '42-abc rest')
print(m.group(0), m.group(1), m.group(2), m.groups())
print(re.match('a', 'ba'), re.search('a', 'ba').group(0))
r = re.compile('[a-c]+')
print(r.search('xxabcbaz').group(0), r.match('cab').group(0))
print(re.split(',', 'a,b,,c'), re.split(r'\s+', 'one  two   three'), re.split('(,)', 'x,y'))
print(re.sub('o', '0', 'foo boo'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host'), re.sub('a', 'b', 'aaa', 2))
print(re.match('a*?b', 'aaab').group(0), re.match('(a|ab)(c|bcd)', 'abcd').groups(), re.match('x?y', 'y').group(0))
print(re.search('^abc$', 'abc') is not None, re.search('^b', 'ab'), re.match('[^0-9]+', 'abc1').group(0))
print(re.match('(a)|(b)', 'b').groups(), re.search(r'\.', 'a.b').group(0))
print(re.match('a.c', 'a\nc'), re.match('(?:ab)+', 'ababx').group(0))
long = 'a' * 5000 + 'b'
print(re.match('(a|a)*c', 'a' * 14) is None, len(re.search('a+b', long).group(0)))
try:
    re.compile('(a')
except Exception:
    print('error')
