def e(f):
    try:
        f()
        print("ok")
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: "a".find(1))
e(lambda: "a".replace(1, "b"))
e(lambda: "a".join(["b", 2]))
e(lambda: "a".split(1))
e(lambda: "a".count())
e(lambda: "a".startswith())
e(lambda: "abc".index("d"))
e(lambda: "a".zfill("3"))
e(lambda: "a".center())
e(lambda: "a".upper(1))
e(lambda: "{}".format())
