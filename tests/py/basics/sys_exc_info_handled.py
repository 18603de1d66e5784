# sys.exc_info(): the exception being handled, also in functions called from the except block; (None, None, None)
# outside; nested handlers give the innermost
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t, repr(v))

show("none")
try:
    1 / 0
except ZeroDivisionError:
    show("outer")
    try:
        {}["k"]
    except KeyError:
        show("inner")
    show("outer again")
show("after")

def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

print(list(gen()))
