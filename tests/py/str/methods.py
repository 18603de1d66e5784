s = '  Hello World  '
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(' Hd'), 'xxhixx'.strip('x'))
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), ' x y '.split())
print('-'.join(['a', 'b', 'c']), ''.join([]), 'ab' * 3, 3 * 'x')
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.upper(), 'ABC'.lower(), 'hello world'.title())
print('abc'.startswith('ab'), 'abc'.endswith(('x', 'c')), 'abc'.startswith('b', 1), '123'.isdigit(), 'ab1'.isalpha())
print(' '.isspace(), 'Ab'.isupper(), 'ab'.islower(), 'a1'.isalnum(), 'x'.center(5, '*'), 'x'.ljust(3) + '|', 'x'.rjust(3))
print('42'.zfill(5), '-42'.zfill(5), 'a:b:c'.partition(':'), 'a:b:c'.rpartition(':'), 'Ab'.swapcase())
print('line1\nline2\r\nline3'.splitlines(), 'abc'[1], 'abc'[-1], 'abcdef'[1:4], 'abcdef'[::2], 'abc'[::-1])
print(len('héllo'), 'héllo'.encode(), b'h\xc3\xa9llo'.decode(), ord('é'), chr(233), 'a' < 'b', 'abc' == 'abc')
print(str(123), str(1.5), str([1]), repr('it\'s'), repr('say "hi"'), repr('tab\t'), 'x' in 'xyz')
try:
    'abc'[5]
except IndexError as e:
    print('IndexError', e)
