if (1 and
        2):
    print("paren cont")
d = {
    "a": 1,
    "b": [
        2, 3,
    ],
}
print(sorted(d))
s = ("abc"
     "def")
print(s)
def f(
    a=1,
    b=2,
):
    return a * b
print(f(), f(b=5))
r = [x
     for x in range(5)
     if x % 2]
print(r)
