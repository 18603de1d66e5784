for v in [1e15, 1e16, 1e-4, 1e-5, 0.1, 100.0, 1.23e-10, 5e-324]:
    print(str(v), "{}".format(v), "{:g}".format(v), "%s" % v, "%r" % v)
print("{:.15g}".format(0.1), "{:.17g}".format(0.1))
print("{:e}".format(0), "{:f}".format(10 ** 20), "{:g}".format(2 ** 70))
