for a in (13, -13, 0):
    for b in (4, -4, 1, -1, 13):
        q, r = a // b, a % b
        print(a, b, q, r, q * b + r == a)
big = 10 ** 25 + 3
for b in (7, -7, 10 ** 12, -(10 ** 12)):
    q, r = big // b, big % b
    print(q, r, q * b + r == big, (-big) // b, (-big) % b)
