def t(x):
    try:
        if x == 1:
            raise ValueError
        print("body", x)
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
t(0); t(1)
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
nested()
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("i", i)
        finally:
            print("fin", i)
loop()
