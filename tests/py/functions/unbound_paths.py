# A local read where some path to the read never stored it: UnboundLocalError on exactly those paths (compiled code
# leaves out the test only where every path has stored the local).
def branch(c):
    if c:
        x = 1
    return x


def loop(n):
    for i in range(n):
        y = i
    return y


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            z = "found"
            break
    else:
        return "no break"
    return z


def assigned_in_loop_read_before(n):
    out = []
    for i in range(n):
        if i > 0:
            out.append(prev)
        prev = i
    return out


def both_branches(c):
    if c:
        w = "a"
    else:
        w = "b"
    return w


def after_loop_stmt(n):
    k = 0
    while k < n:
        last = k
        k += 1
    return last


for f, args in [(branch, (1,)), (branch, (0,)), (loop, (3,)), (loop, (0,)), (while_else, (9,)), (while_else, (3,)),
                (assigned_in_loop_read_before, (4,)), (both_branches, (0,)), (both_branches, (1,)),
                (after_loop_stmt, (2,)), (after_loop_stmt, (0,))]:
    try:
        print(f.__name__, args, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, args, "UnboundLocalError")
