def f(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return "div"
    else:
        if v > 5:
            raise ValueError("big")
        return v
    finally:
        print("finally", x)
print(f(0))
print(f(5))
try:
    f(1)
except ValueError as e:
    print("ValueError", e)
