a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if")
for i in range(2): print("loop", i)
while a < 3: a += 1
print(a)
x = (1 +
     2 +
     3)
print(x)
y = [1,
  2]
print(y)
z = 1 + \
    2
print(z)
def f(a,
      b):
    return a + b
print(f(1,
        2))
# comment line
print("after comment")  # trailing comment
