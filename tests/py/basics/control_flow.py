for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('no break')
for i in range(2):
    pass
else:
    print('else ran')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
print(n)
x = 3
if x > 5:
    print('big')
elif x > 2:
    print('medium')
else:
    print('small')
print('yes' if x else 'no', 1 < x < 5, 1 < x > 5, x in (1, 2, 3), x not in [3])
print(not x, x and 0, x or 0, 0 or '', None is None, [] is not None)
