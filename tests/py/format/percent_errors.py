def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: "%d %d" % (1,))
e(lambda: "%d" % (1, 2))
e(lambda: "%d" % "x")
e(lambda: "%z" % 1)
e(lambda: "%(a)s" % {"b": 1})
e(lambda: "%s" % ())
e(lambda: "%" % ())
e(lambda: "%c" % "ab")
e(lambda: "%x" % 1.5)
e(lambda: "abc" % 5)
e(lambda: "%s %s" % {"a": 1})
