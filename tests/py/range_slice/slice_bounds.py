l = [0, 1, 2, 3, 4]
for a in (-10, -1, 0, 2, 10, None):
    for b in (-10, -1, 0, 3, 10, None):
        print(l[a:b], end=" ")
    print()
