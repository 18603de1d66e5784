def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
def consume():
    it = g()
    try:
        for v in it:
            if v == 1:
                raise ValueError("stop")
    finally:
        it.close()
try:
    consume()
except ValueError as e:
    print("ValueError", e)
def g2():
    yield 1
    raise KeyError("from gen")
it = g2()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("KeyError", e)
it.close()
print("close after error ok")
