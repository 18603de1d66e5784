def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
show(lambda: undefined_a)
def local_unbound():
    print(v)
    v = 1
try:
    local_unbound()
except UnboundLocalError:
    print("UnboundLocalError")
def del_then_use():
    x = 1
    del x
    return x
try:
    del_then_use()
except NameError as e:
    print(type(e).__name__)
try:
    exec("zzz_undefined")
except NameError as e:
    print("NameError", e)
