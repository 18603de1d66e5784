class O:
    def __init__(self):
        self.a = 1
        self.b = 2
o = O()
print(sorted(o.__dict__.items()))
o.__dict__["c"] = 3
print(o.c)
vars_o = o.__dict__
print(sorted(vars_o))
