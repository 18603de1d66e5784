def f(x, acc={}):
    acc[x] = len(acc)
    return acc
print(sorted(f("a").items()), sorted(f("b").items()))
def g(n, memo=None):
    memo = memo if memo is not None else []
    memo.append(n)
    return memo
print(g(1), g(2), g(3, [0]))
def k(a=1, b=None, c=()):
    return a, b, c
print(k(), k(b=[]), k(c=(1,)))
