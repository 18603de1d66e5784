srcs = [
    "1 +", "def f(:", "x = = 1", "if True\n    pass", "for in x: pass",
    "return 5", "break", "continue", "f(a=1, 2)", "def f(a=1, b): pass",
    "x = (1, 2", "class A(:", "lambda x: yield", "a b", "1 = x",
    "del 1", "(a, b) += 1", "f() = 1", "import",
    "try:\n  pass\n", "x = [1, 2", "print('unterminated)", "'''abc", "0x", "1.2.3",
    "nonlocal x", "def f():\n  global x\n  x = 1\n  nonlocal y",
]
for s in srcs:
    try:
        exec(s)
        print("no error", repr(s))
    except SyntaxError as e:
        print("SyntaxError", repr(s))
