def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RuntimeError as e:
    print("RuntimeError" if isinstance(e, RuntimeError) else "other")
print("survived")
