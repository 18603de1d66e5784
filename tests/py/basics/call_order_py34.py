# Calls and dict displays follow Python 3.4, the contract's language (MicroPython 1.8.2 compiles them the same
# way): keyword arguments are evaluated before *args and **kwargs, a dict display evaluates each value before its
# key, and a call takes at most one *x (followed by keyword arguments only) and one **x.
def show(*a, **k):
    print(a, sorted(k.items()))

def note(tag, v):
    print('eval', tag)
    return v

show(note('pos', 1), *note('star', [2]), kw=note('kw', 3), **note('dstar', {'z': 4}))
d = {note('key1', 'a'): note('val1', 1), 'lit': note('val2', 2), note('key3', 'c'): 3}
print(sorted(d.items()))
for src in ('show(*[1], *[2])', 'show(**{}, **{})', 'show(*[1], 2)'):
    try:
        exec(src)
    except SyntaxError:
        print('SyntaxError', src)
show(1, *[2], k=3)
show(k=1, *[2])
