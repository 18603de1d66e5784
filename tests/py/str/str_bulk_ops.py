# upper/lower on ASCII and mixed text, join/split/count on long and edge inputs, %d digits
print("abc-XYZ 09_~".upper(), "abc-XYZ 09_~".lower(), "".upper() == "", "ABC".upper(), "abc".lower())
print("héllo wörld".upper(), "HÉLLO WÖRLD".lower(), "aé".upper(), "Zé".lower(), "\x7f\x80a".upper())
print("é" * 3 + "abc".upper(), ("x" * 40 + "é").upper(), ("Y" * 40 + "É").lower())
s = ",".join("item%d" % i for i in range(300))
print(len(s), s.upper()[-20:], s.count("1"), s.count("1", 10, -10), s.count("item"), s.count("m2", 5))
print("aaaa".count("aa"), "aaaaa".count("aa", 1), "abab".count("ab", -3), "abc".count("c", 5), "abc".count("", 5))
print("abc".count("", 1, 2), "abc".count("b", 2, 1), "abc".count("abcd"), "a,b".count(",", -100, 100))
t = s.upper().split(",")
print(len(t), t[0], t[-1], t[150])
print("a,,b,".split(","), ",".split(","), "".split(","), "abc".split(","), ",a".split(","))
print("a,b,c,d".split(",", 0), "a,b,c,d".split(",", 1), "a,b,c,d".split(",", 3), "a,b,c,d".split(",", 9))
print("a,b,c".split(",", -1), "a,b,c".split(sep=",", maxsplit=1), "a<>b<><>c<>".split("<>"))
print("aaaa".split("aa"), "aaa".split("aa"), "ab".split("abc"), "xyx".split("xyx"), "a b  c".split(" "))
print("a<>b<>c".split("<>", 1), "<><>".split("<>"), "a\u00e9b\u00e9".split("\u00e9"))
print("-".join(t[:3]), "".join(["x"]), type("".join(["x"])).__name__, "+".join(()), "+".join(("a", "b")))
print("::".join(["", "", ""]), "".join(["ab", "", "c"]), ",".join("xyz"), ",".join({"k": 1}))
class S(str):
    pass
print(",".join([S("p"), "q", S("r")]), type(",".join([S("p")])).__name__, ",".join([S("only")]))
for bad in ([1], ["a", 2], ("a", "b", None), ["a", b"b"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
l = ["a", "b"]
print(",".join(l), l)
print("%d|%d|%d|%d" % (0, 7, -7, 10))
print("%d %d" % (2**63 - 1, -2**63), "%d" % (10**19), "%d" % (-10**19), "%d" % 999999999999999999)
print("%d" % 1000000000000000000, "%d" % 9999999999999999999, "%i" % 123456789012, "%d" % True)
print("x%dy%%z%d" % (1, 2), "%%%d%%" % 5, "lit only %%" % (), "%s-%d-%s" % ("a", 12, "b"), "%d" % -0)
long = ["x" * n for n in (0, 1, 15, 16, 17, 31, 33, 100)]
for sep in (",", "\n", "ab"):
    joined = sep.join(long)
    parts = joined.split(sep)
    print(parts == long, [len(p) for p in parts], len(joined.split(sep, 3)), joined.count(sep), joined.count("x" * 16))
print(("y" * 40 + ",").split(","), ("," + "z" * 20).split(","), ("w" * 20).split(","))
