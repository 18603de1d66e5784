def f(a: int, b: str = "x") -> str:
    return b * a
print(f(3))
def g(*args: int, **kw: str) -> None:
    return len(args)
print(g(1, 2))
def h(x: "anything" = 5):
    return x
print(h())
