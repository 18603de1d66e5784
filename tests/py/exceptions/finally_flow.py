def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("fin", i)
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def k():
    x = []
    try:
        x.append(1)
    finally:
        x.append(2)
    return x
print(k())
def l():
    while True:
        try:
            break
        finally:
            print("break fin")
    return "done"
print(l())
