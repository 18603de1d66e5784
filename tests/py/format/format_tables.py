rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, n, price in rows:
    print("{:<8}|{:>4}|{:>7.2f}".format(name, n, price))
for name, n, price in rows:
    print("%-8s|%4d|%7.2f" % (name, n, price))
print("{:-^25}".format(" total "))
print("{:>25}".format(sum(r[1] for r in rows)))
