# @micropython.bytecode/native/viper are compile-time emitter choices (no import needed); MicroPy.Nano compiles all
# three to bytecode. Any other @micropython.name is a SyntaxError.
@micropython.native
def add(a, b):
    return a + b

@micropython.viper
def mul(a, b):
    return a * b

@micropython.bytecode
def sub(a, b):
    return a - b

print(add(2, 3), mul(4, 5), sub(9, 1), add.__name__)

def stacked(f):
    def w(*a):
        return ("wrapped", f(*a))
    return w

@stacked
@micropython.native
def g(x):
    return x + 1

print(g(1))

for src in ("@micropython.fast\ndef f(): pass", "@micropython.native.x\ndef f(): pass",
            "@micropython\ndef f(): pass", "@micropython.asm_thumb\ndef f(): pass"):
    try:
        exec(src)
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
