saved = None
try:
    raise ValueError("first")
except ValueError as e:
    saved = e
print(type(saved).__name__, saved, saved.args)
try:
    raise saved
except ValueError as e:
    print("reraised", e is saved)
errors = []
for v in ["1", "x", "2", "y"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
def fail(cls, msg):
    raise cls(msg)
for cls in (KeyError, IndexError, TypeError):
    try:
        fail(cls, "m")
    except Exception as e:
        print(type(e).__name__, e.args)
