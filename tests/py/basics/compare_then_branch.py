# Comparisons that feed a branch directly (if/while/elif, not, and/or, chained, ternary) over every mix of
# operand kinds: small ints, big ints, floats, nan, bools, boxed values read back from containers and attributes.
class Box:
    pass

b = Box()
b.v = 7
big = 2 ** 70
nan = float('nan')
values = [0, 1, -1, 7, 7.0, 7.5, big, -big, float(big), nan, True, False, b.v, [7][0], 2 ** 62, -(2 ** 63)]

def branch(x, y):
    out = ''
    if x < y:
        out += 'lt '
    if x <= y:
        out += 'le '
    if x == y:
        out += 'eq '
    if not x != y:
        out += 'not-ne '
    if x > y:
        out += 'gt '
    elif x >= y:
        out += 'ge '
    out += 'T' if x < y or x > y else 'F'
    out += 'T' if x <= y and x >= y else 'F'
    out += 'T' if 0 <= x < y else 'F'
    return out

rows = []
for x in values:
    for y in values:
        rows.append(branch(x, y))
for i in range(0, len(rows), len(values)):
    print(' | '.join(rows[i:i + len(values)]))

# Loop conditions: the compare and the jump back run thousands of times.
def count(limit, step):
    n = 0
    i = 0
    while i < limit:
        i += step
        n += 1
    return n, i

print(count(1000, 3), count(10.5, 0.5), count(big, big // 3), count(3, 1.5))

def countdown(x):
    seen = []
    while x >= 0:
        seen.append(x)
        x -= 2.5 if x > 4 else 1
    return seen

print(countdown(10))
a = b.v
print('hit' if a == 7 else 'miss', 'hit' if a != 7.0 else 'miss', [k for k in range(20) if k % 3 == 0 if k > 4])
