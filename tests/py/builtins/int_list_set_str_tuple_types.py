print(int("5"), int(5.9), list("ab"), sorted(set([3, 3, 1])), str(5), tuple([1]))
print(int(), list(), set(), str(), tuple())
print(int.__name__, list.__name__, set.__name__, str.__name__, tuple.__name__)
print(list(list([1])), tuple(tuple((1,))), str(str("x")))
