def g():
    yield 1
    raise ValueError("inside")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
try:
    next(it)
except StopIteration:
    print("StopIteration after error")
def catches():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield "caught inside"
print(list(catches()))
