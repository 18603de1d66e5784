try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None or tb is None)
    print(type(e).__name__)
try:
    raise ValueError("y")
except ValueError as e:
    try:
        raise e.with_traceback(None) if hasattr(e, "with_traceback") else e
    except ValueError as e2:
        print(e2)
