# "\N{...}" escapes need Unicode's name database, which a board does not carry: compiling one is a
# NotImplementedError, as in MicroPython 1.8.2; in bytes "\N" is no escape.
for src in ('"\\N{DIGIT ONE}"', 'x = "a" + "\\N{BULLET}"'):
    try:
        exec(src)
        print('compiled')
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(b'\N{X}', len(b'\N'))
