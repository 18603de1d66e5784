try:
    raise KeyError
except:
    print("bare caught")
def f():
    try:
        raise SystemExit(1)
    except:
        return "caught SystemExit"
print(f())
try:
    try:
        1 / 0
    except:
        raise
except ZeroDivisionError:
    print("re-raised from bare")
