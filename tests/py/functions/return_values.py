def none_ret():
    return
def implicit():
    x = 1
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return "early"
    return "late"
print(none_ret(), implicit(), multi(), early(1), early(0))
a, b, c = multi()
print(a + b + c)
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
def in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
