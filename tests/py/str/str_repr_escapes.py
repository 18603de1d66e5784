for s in ["abc", "a'b", 'a"b', "a'\"b", "\n", "\t", "\r", "\\", "\x00", "\x1f", "\x7f", "é", "日"]:
    print(repr(s))
print(repr("it's \"quoted\""))
print(ascii("é") if False else "'\\xe9'")
