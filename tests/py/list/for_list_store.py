# for x in a_list stores each item straight into the loop variable: lists that grow or shrink while iterated,
# items of every kind, break/else and the value after the loop.
def f():
    x = 'before'
    items = [1, 'two', 3.0, None, [5], (6,), 2 ** 70]
    seen = []
    for x in items:
        seen.append(x)
    print(seen, x)
    grow = [1, 2, 3]
    for x in grow:
        if x < 6:
            grow.append(x + 3)
    print(grow, x)
    shrink = list(range(10))
    for x in shrink:
        shrink.remove(x)
    print(shrink, x)
    for x in []:
        pass
    else:
        print('else', x)
    for y in ['a', 'b', 'c']:
        if y == 'b':
            break
    print(y)
    fs = []
    for z in [10, 20]:
        fs.append(lambda z=z: z)
    print([g() for g in fs])
    total = 0
    for row in [[1, 2], [3, 4]]:
        for v in row:
            total += v
    print(total, row, v)
f()
