def log(x):
    print("eval", x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(log(1), log(2), k=log(3)))
d = {"key": log("val")}
l = [log(i) for i in range(2)]
log(log(4) + log(5))
x = log(1) if log(0) else log(2)
