def f(a, b): pass
def g(*, k): pass
def h(**kw): pass
def err(fn, *a, **k):
    try:
        fn(*a, **k)
        print("ok")
    except TypeError:
        print("TypeError")
err(f, 1)
err(f, 1, 2, 3)
err(f, 1, 2)
err(f, 1, b=2)
err(f, a=1, b=2, c=3)
err(g, 1)
err(g, k=1)
err(h, 1)
err(h, a=1)
err(len)
err(len, 1, 2)
err(abs, "x")
err(int, 1, 2, 3)
