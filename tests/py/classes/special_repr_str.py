class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
class C(A):
    pass
print(A(), repr(A()), str(A()))
print(B(), repr(B()), str(B()))
print([A(), B()])
print(C())
print("%s %r" % (B(), B()))
print("{} {!r}".format(B(), B()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError:
    print("TypeError")
