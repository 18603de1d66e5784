class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), len(s), s[0], 2 in s)
print([x * 2 for x in s], sorted(s, reverse=True))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(sorted(c.items()), c["l"], len(c))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, len(u), u == "ABC", u.lower())
