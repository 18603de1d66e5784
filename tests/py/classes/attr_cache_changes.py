# The same LOAD_ATTR site run again and again while the class and the instance change under it:
# the VM's per-site cache must notice each change.
class A:
    x = 'class x'

class B(A):
    pass

def read(o):
    return o.x

a = A()
b = B()
out = []
for step in range(9):
    if step == 1:
        a.x = 'own x'            # instance dict now holds the name
    elif step == 2:
        del a.x                  # back to the class attribute
    elif step == 3:
        A.x = 'new class x'      # class attribute rebound
    elif step == 4:
        A.x = property(lambda self: 'property x')   # a data descriptor beats the instance dict
        a.__dict__['x'] = 'shadowed'
    elif step == 5:
        del A.x                  # property gone: the instance dict value shows
    elif step == 6:
        del a.__dict__['x']
        B.x = 'b x'
    elif step == 7:
        a = b                    # another class at the same site
    elif step == 8:
        a = A()
        a.y = 1
        a.x = 'fresh own x'
    try:
        out.append(read(a))
    except AttributeError as e:
        out.append('AttributeError')
for line in out:
    print(line)

# Many instances whose dicts were filled in different orders share one site.
class P:
    pass

objs = []
for i in range(6):
    p = P()
    if i % 2:
        p.a = i
        p.b = -i
    else:
        p.b = -i
        p.a = i
    objs.append(p)
print([read2.a for read2 in objs], [o.b for o in objs])

class G:
    def __getattr__(self, name):
        return 'getattr ' + name

g = G()
vals = []
for i in range(3):
    vals.append(g.z)
    g.z = i
    vals.append(g.z)
    del g.z
print(vals)

# A method call site while the method is shadowed by the instance, replaced on the class, and restored.
class M:
    def hello(self):
        return 'method'

def call(o):
    return o.hello()

m = M()
res = []
for step in range(6):
    if step == 1:
        m.hello = lambda: 'instance callable'
    elif step == 2:
        del m.hello
    elif step == 3:
        M.hello = lambda self: 'new method'
    elif step == 4:
        m.other = 1              # the dict changes, without the name
    elif step == 5:
        m = M()
    res.append(call(m))
print(res)
