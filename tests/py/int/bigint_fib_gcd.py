def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(300), fib(200)), gcd(2 ** 100, 6 ** 50))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40))
