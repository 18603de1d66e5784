class Bad:
    def __len__(self): raise ValueError("len")
    def __iter__(self): raise KeyError("iter")
    def __eq__(self, o): raise TypeError("eq")
    def __hash__(self): return 1
    def __str__(self): raise IndexError("str")
b = Bad()
for f in [lambda: len(b), lambda: list(b), lambda: b == 1, lambda: str(b), lambda: [b].index(1), lambda: {b: 1}]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
