def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
def consume():
    for v in g():
        if v == 1:
            raise ValueError("stop")
try:
    consume()
except ValueError as e:
    print("ValueError", e)
