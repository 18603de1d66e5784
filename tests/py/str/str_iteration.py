for c in "abc":
    print(c, ord(c))
it = iter("xy")
print(next(it), next(it))
print(list(enumerate("ab")), list(zip("ab", "cd")))
print(list(reversed("abc")), "".join(reversed("hello")))
print([c * 2 for c in "ab"])
