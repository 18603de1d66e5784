print('single', "double", '''triple
line''', r'raw\n', b'bytes', 'con' 'cat')
print('\x41\u00e9\101\t|', len('\n'), u'unicode')
print("""a "quote" inside""", 'it\'s')
x = ('implicit'
     ' join')
print(x)
s = 'a\
b'
print(s)
print(0x1F, 0o17, 0b101, 1e3, .5, 5., 3j, 1.5j + 1)
