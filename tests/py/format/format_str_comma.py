# A thousands separator is no option for strings.
for spec in [',', '>8,', ',s', '10']:
    try:
        print(repr(format('ab', spec)))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(repr(('{:%s}' % spec).format('ab')))
    except ValueError as e:
        print('ValueError', e)
