i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
else:
    print("else ran", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    print(n, m)
    n += 1
while 0:
    print("never")
else:
    print("else on false")
