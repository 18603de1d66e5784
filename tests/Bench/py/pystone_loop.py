class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b
def proc(r, n):
    s = 0
    for i in range(n):
        r.a = (r.a + i) & 0xFFFF
        if r.a > r.b:
            s += 1
        else:
            s -= 1
    return s
def main():
    r = Record(1, 30000)
    t = 0
    for k in range(40):
        t += proc(r, 5000)
    return t
main()
