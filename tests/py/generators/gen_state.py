def g():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")
it = g()
print("created")
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("done")
def running():
    yield it2 is not None
it2 = running()
print(next(it2))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError:
    print("ValueError")
