# Regex search over long subjects: the match is found at the end, after thousands of failed start positions.
try:
    import ure as re
except ImportError:
    import re
s = 'ab' * 5000 + 'xyz123'
r = re.compile('x[a-z]+([0-9]+)')
m = r.search(s)
print(m.group(0), m.group(1))
print(re.match('(a|b)*c', 'ab' * 2000 + 'c') is not None)
print(re.match('(a|b)*c', 'ab' * 2000 + 'd'))
print(re.search('q', 'z' * 20000))
print(re.search('(z+)(y)', 'z' * 3000 + 'y').group(2))
