found = []
for n in range(2, 30):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        found.append(n)
print(found)
i = 0
while i < 3:
    i += 1
    for j in range(3):
        if j == i:
            break
    else:
        print("inner exhausted", i)
print(i)
