for src, mode in [("1/0", "eval"), ("undefined_zz", "eval"), ("[][1]", "eval"), ("raise KeyError('k')", "exec"), ("import no_mod_zz", "exec")]:
    try:
        if mode == "eval":
            eval(src)
        else:
            exec(src)
    except Exception as e:
        print("ImportError" if isinstance(e, ImportError) else type(e).__name__)
try:
    eval("x", {"x": 1}, 5)
except TypeError:
    print("TypeError")
try:
    exec(5)
except TypeError:
    print("TypeError")
