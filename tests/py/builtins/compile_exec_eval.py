print(eval("1 + 2"), eval("[x * 2 for x in range(3)]"), eval("'ab' * 2"))
g = {"x": 10}
print(eval("x + 1", g), eval("y", {}, {"y": 5}))
exec("z = 5\nw = z * 2", g)
print(g["z"], g["w"])
code = compile("a + b", "<string>", "eval")
print(eval(code, {"a": 1, "b": 2}))
code2 = compile("for i in range(3): print('exec', i)", "<s>", "exec")
exec(code2)
code3 = compile("1 + 1", "<s>", "single") if True else None
print(type(code3).__name__)
print(exec("1") is None)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    exec("x y")
except SyntaxError:
    print("SyntaxError")
try:
    compile("1", "<s>", "bad")
except ValueError:
    print("ValueError")
