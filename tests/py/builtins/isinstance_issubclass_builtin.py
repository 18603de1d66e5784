print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)), isinstance(1, (str, (list, int))))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(1, object))
print(issubclass(int, object), issubclass(bool, int), issubclass(int, bool), issubclass(list, (tuple, list)))
print(issubclass(KeyError, LookupError), issubclass(type, object))
try:
    isinstance(1, "int")
except TypeError:
    print("TypeError")
