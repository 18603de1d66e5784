# Names in module-level code (LOAD_NAME/STORE_NAME with locals == globals) run through the global cache.
total = 0
i = 0
f = 0.5
while i < 50:
    total += i
    f *= 1.0625
    i += 1
print(total, i, f)

len_before = len("abc")
len = lambda s: 42
print(len_before, len("abc"))
del len
print(len("abcd"))

globals()["injected"] = 7
print(injected + 1)
g = globals()
g["total"] = "replaced"
print(total)


def bump():
    global counter
    counter += 10


counter = 1
bump()
counter += 1
bump()
print(counter, globals()["counter"])

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 2 ** 70
x += 1
print(x)
x = 3
x = x * 1.5
print(x, type(x).__name__)


class C:
    i = 100
    j = i + 1
    total = "class-level"
    k = [total, i]


print(C.i, C.j, C.k, total, i)

src = "a = 1\nb = a + 2\nc = b * 2\n"
ns = {}
exec(src, ns)
print(ns["a"], ns["b"], ns["c"])
loc = {}
exec("z = i + 1\nw = z * 2", globals(), loc)
print(sorted(loc.items()), "z" in globals())
exec("i = i + 1000")
print(i)
print(eval("i * 2"), eval("q + 1", {"q": 4}), eval("q + r", {"q": 4}, {"r": 5}))
for n in range(3):
    last = n
print(n, last)
try:
    undefined_name_here
except NameError as e:
    print("NameError", e)
