try:
    import micropython
    have = True
except ImportError:
    have = False
if have:
    print(callable(micropython.const))
    print(micropython.const(5))
else:
    print(True)
    print(5)
