def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally on close")
it = g()
print(next(it), next(it))
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
it.close()
g2 = g()
g2.close()
print("closed unstarted")
def r():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        return
x = r(); next(x); x.close()
