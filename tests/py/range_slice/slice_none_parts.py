l = list(range(8))
print(l[None:None], l[None:3], l[3:None], l[::None], l[None:None:-1])
s = "abcdefgh"
print(s[None:4:2], s[-2:None:-3], s[slice(None)], s[slice(-3, None)])
t = tuple(l)
print(t[1:None:3], t[slice(None, None, 2)])
print(slice(None).start, slice(None).stop, slice(None).step, slice(1, 2, 3).step)
