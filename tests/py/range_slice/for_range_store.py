# for x in range(...) / iter(range(...)) stores the number straight into the loop variable: whatever the
# variable held before, steps both ways, break/else, nested loops, del inside and the value after the loop.
def f(n):
    i = 'before'
    out = []
    for i in range(n):
        out.append(i)
    print(out, i)
    for i in range(n, 0, -2):
        out.append(i * 10)
    print(out[-3:], i)
    it = iter(range(2 ** 40, 2 ** 40 + 3))
    for j in it:
        i = j - 2 ** 40
    print(j, i)
    for a in range(3):
        for b in range(a, 5, 2):
            if b == 3:
                break
            out.append((a, b))
        else:
            out.append('else')
    print(out[-6:])
    for k in range(3):
        del k
    try:
        print(k)
    except NameError as e:
        print('NameError', type(e).__name__)
    for k in range(0):
        pass
    else:
        print('empty else')
    total = 0
    for k in range(-5, 5):
        total += k * k
    print(total, k)
    fs = [lambda k=k: k for k in range(3)]
    print([g() for g in fs])
f(5)
def g():
    x = [0, 0]
    for x[0] in range(3):
        x[1] += x[0]
    print(x)
    for p, q in [(1, 2)]:
        pass
    print(p, q)
g()
for top in range(3):
    pass
print(top)
