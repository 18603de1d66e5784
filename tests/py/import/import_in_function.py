import sys
sys.path.insert(0, "mods")
def f():
    import simple_mod
    from pkg import sub_func
    return simple_mod.value, sub_func()
print(f())
print("simple_mod" in dir())
def g():
    from star_mod import a, b
    return a + b
print(g())
