def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(take(5, squares(evens(numbers(100))))))
print(sum(squares(numbers(10))))
