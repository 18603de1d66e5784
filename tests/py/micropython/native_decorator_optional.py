try:
    import micropython
    native = micropython.native
    viper = getattr(micropython, "viper", lambda f: f)
except (ImportError, AttributeError):
    native = lambda f: f
    viper = lambda f: f
@native
def add(a, b):
    return a + b
print(add(2, 3))
