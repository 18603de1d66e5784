# locals in generators: assigned on every path before a yield (no unbound test needed) or only on some
def some_paths(flag):
    if flag:
        x = 1
    yield 0
    yield x

def every_path(n):
    if n > 0:
        y = 'pos'
    else:
        y = 'neg'
    for i in range(n):
        yield y, i
    yield y

def loop_assigned(n):
    for i in range(n):
        last = i
        yield last
    yield last

for flag in (True, False):
    g = some_paths(flag)
    try:
        print(list(g))
    except NameError as e:
        print(type(e).__name__)
print(list(every_path(2)), list(every_path(0)))
print(list(loop_assigned(3)))
try:
    print(list(loop_assigned(0)))
except NameError as e:
    print(type(e).__name__)

def deletes():
    z = 5
    yield z
    del z
    yield 'deleted'
    yield z
try:
    print(list(deletes()))
except NameError as e:
    print(type(e).__name__)
