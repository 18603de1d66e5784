def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def run(n):
    return sum(squares(evens(numbers(n)))) + sum(x for x in range(n) if x % 3 == 0)
run(100000)
