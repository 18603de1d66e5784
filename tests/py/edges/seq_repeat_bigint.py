# A sequence repeated by an int beyond any length: OverflowError or MemoryError, never a TypeError.
def t(f):
    try:
        r = f()
        print(len(r))
    except (OverflowError, MemoryError) as e:
        print('too big')
    except Exception as e:
        print(type(e).__name__)

for n in (2**63, -2**63 - 1, 2**100, 2**62, 2**40):
    t(lambda: 'ab' * n)
    t(lambda: n * 'ab')
    t(lambda: b'ab' * n)
    t(lambda: bytearray(b'ab') * n)
    t(lambda: [1, 2] * n)
    t(lambda: (1, 2) * n)
    def aug():
        x = [0]
        x *= n
        return x
    t(aug)
t(lambda: 'ab' * -2**62)
t(lambda: 'ab' * 3.0)
# Empty sequences repeated any number of times are empty at once.
for n in (2**62, 2**63 - 1):
    print(len('' * n), len(b'' * n), len(bytearray() * n), len([] * n), len(() * n))
x = []
x *= 2**62
print(x)
