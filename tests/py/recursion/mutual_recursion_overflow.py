def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
for i in range(3):
    try:
        a(0)
    except RuntimeError as e:
        print("RuntimeError", i)
def ok():
    return 1
print(ok())
