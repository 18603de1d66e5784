tests = ["", "abc", "ABC", "Abc", "123", "12.5", "a1", " ", " \t\n", "Hello World", "hello world", "_"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower(), t.isalnum(), t.istitle())
print("abc".isidentifier() if hasattr("", "isidentifier") else True)
print("12".isdecimal(), "12".isnumeric())
