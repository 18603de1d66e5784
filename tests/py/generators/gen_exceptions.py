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
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
for x in fin():
    print(x)
    break
print("after break")
