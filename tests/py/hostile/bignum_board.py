# bignum_text.py at a board's sizes (a few thousand digits: kilobytes, not the megabytes the desktop's linear-time
# check needs): power-of-two bases, decimal within CPython's 4300-digit limit, and that limit's errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)[:80]
    print(label, r)
t('hexlit', lambda: len(str(eval('0x' + 'f' * 4000) & 0xff)))
t('hex', lambda: len(hex(1 << 16000)))
t('bin', lambda: len(bin((1 << 4000) - 1)))
t('oct', lambda: oct(8 ** 1500)[:10])
t('int16', lambda: int('ab' * 2000, 16) == int('0x' + 'ab' * 2000, 0))
t('int2', lambda: int('1' * 4001, 2) == (1 << 4001) - 1)
t('int8', lambda: int('7' * 3000, 8) == (1 << 9000) - 1)
t('declit', lambda: compile('x = ' + '1' * 5000, 's', 'exec'))
t('dec', lambda: str(10 ** 4300))
t('dec ok', lambda: len(str(10 ** 4300 - 1)))
t('int dec', lambda: int('1' * 4301))
t('int dec ok', lambda: int('1' * 4300) % 1000)
t('int36', lambda: int('z' * 4301, 36))
t('round', lambda: int(str(3 ** 5000)) == 3 ** 5000)
t('hex rt', lambda: int(hex(7 ** 3000), 16) == 7 ** 3000)
t('und', lambda: int('1_000_000_000_000_000_000_000') == 10 ** 21)
t('neg', lambda: hex(-(1 << 70)))
t('oct small', lambda: (oct(64), bin(5), hex(255), hex(2**64)))
