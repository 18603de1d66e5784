for i in range(3):
    print(i)
for c in "abc":
    print(c, end=" ")
print()
for k in {"x": 1}:
    print(k)
for i in [1, 2, 3]:
    if i == 2:
        break
else:
    print("no")
for i in []:
    print("no")
else:
    print("empty else")
for i in range(4):
    if i % 2:
        continue
    print("even", i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(2):
    for j in range(3):
        if j == 2: break
        print(i, j)
l = [0, 0, 0]
for l[0] in range(3): pass
print(l)
print(i)
