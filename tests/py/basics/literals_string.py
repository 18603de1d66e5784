print('single', "double", '''triple s''', """triple d""")
print('it\'s', "say \"hi\"")
print("tab\there", "nl\\n")
print("a" "b" 'c')
print(len("\x41\101\u0041"), "\x41\101\u0041")
print(r"raw\n\t", R"x\y")
print("line1\
line2")
s = """a
b"""
print(s, len(s))
print("\0" == "\x00", len("\a\b\f\v\r"))
print(repr("\a\b\f\v"))
print(repr('\''), repr("\""), repr("'\""))
print(repr("\u00e9"))
