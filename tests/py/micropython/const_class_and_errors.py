# const() is compile-time syntax in MicroPython: no import needed, allowed in a class body (a name starting with
# _ stays out of the class), the value must be an integer expression, and a constant cannot be redefined.
BASE = const(40)

class Regs:
    CTRL = const(BASE + 2)
    _HIDDEN = const(CTRL * 2)
    print(CTRL, _HIDDEN)
    def both(self):
        return CTRL + _HIDDEN

print(Regs.CTRL, hasattr(Regs, "_HIDDEN"), Regs().both())

def syntax(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError:
        print("SyntaxError")

syntax("v = const(undefined_name)")
syntax("v = const('text')")
syntax("v = const(1.5)")
syntax("W = const(1)\nW = const(2)")
syntax("w = const(1 << 3)")
