try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print(type(e).__name__)
try:
    import sys
    sys.exit("msg")
except SystemExit as e:
    print(e.args)
