# Big numbers as text: power-of-two bases linear (a million hex digits well within the time limit), decimal
# limited to CPython's 4300 digits with CPython's errors.
# nanoclr: none (sized for a desktop: a 1,000,000-digit literal is a megabyte of source, and the 'slow' mark times a desktop; bignum_board.py is the board-sized twin)
import time
def t(label, f):
    t0 = time.time()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)[:80]
    print(label, r, 'slow' if time.time() - t0 > 5 else '')
t('hexlit', lambda: len(str(eval('0x' + 'f' * 1000000) & 0xff)))
t('hex', lambda: len(hex(1 << 1000000)))
t('bin', lambda: len(bin((1 << 100000) - 1)))
t('oct', lambda: oct(8 ** 50000)[:10])
t('int16', lambda: int('ab' * 100000, 16) == int('0x' + 'ab' * 100000, 0))
t('int2', lambda: int('1' * 100001, 2) == (1 << 100001) - 1)
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
