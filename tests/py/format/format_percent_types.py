print("%s|%r|%s" % (1.5, 1.5, 2 ** 70))
print("%s %s %s" % ([1], (2,), {3: 4}))
print("%10s|%-10s|" % ("hi", "hi"))
print("%s" % "é", "%5s|" % "é")
class A:
    def __str__(self): return "strA"
    def __repr__(self): return "reprA"
print("%s %r" % (A(), A()))
print("%(a)s%(a)s" % {"a": "x"})
print("%d%%" % 50)
print("%3d|%-3d|%03d" % (-1, -1, -1))
