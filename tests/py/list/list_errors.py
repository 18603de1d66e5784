l = [1, 2, 3]
def e(f, msg=True):
    try:
        print(f())
    except Exception as ex:
        if msg:
            print(type(ex).__name__, ex)
        else:
            print(type(ex).__name__)
e(lambda: l[3])
e(lambda: l[-4])
e(lambda: [].pop())
e(lambda: l.pop(10))
e(lambda: l.index(9))
e(lambda: l.remove(9))
e(lambda: l["a"], False)
e(lambda: l.insert(), False)
e(lambda: l * 1.5, False)
def setbad():
    l[5] = 1
e(setbad)
def delbad():
    del l[5]
e(delbad)
print(l)
