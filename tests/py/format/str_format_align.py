for a in "<>^=":
    print("[" + ("{:" + a + "8}").format(-12) + "]", "[" + ("{:*" + a + "8}").format(34) + "]")
for a in "<>^":
    print("[" + ("{:" + a + "8}").format("ab") + "]", "[" + ("{:-" + a + "7.2f}").format(1.5) + "]")
print("[{:08.3f}]".format(-1.5), "[{:+08d}]".format(7), "[{: d}]".format(5))
print("[{:#010x}]".format(255), "[{:#b}]".format(5), "[{:#o}]".format(8))
