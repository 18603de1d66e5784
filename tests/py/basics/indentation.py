def f(x):
    if x:
        for i in range(2):
            if i:
                return "deep"
    return "shallow"
print(f(1), f(0))
if True:
	print("tab indent")
if True:
        print("eight spaces")
class A:
  def m(self):
      return 1
print(A().m())
for src in ["if 1:\nprint(1)\n", "  x = 1\n", "if 1:\n  a = 1\n    b = 2\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__)
    except IndentationError:
        print("IndentationError")
print(issubclass(IndentationError, SyntaxError))
