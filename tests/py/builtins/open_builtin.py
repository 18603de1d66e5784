import os
name = "tmp_open_builtin.txt"
with open(name, "w") as f:
    n = f.write("line1\nline2\n")
print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), f.readlines())
with open(name, "a") as f:
    f.write("more")
with open(name, "rb") as f:
    data = f.read()
print(data, type(data).__name__)
with open(name, "wb") as f:
    f.write(b"\x00\x01")
with open(name, "rb") as f:
    print(f.read())
f = open(name)
for line in f:
    print(repr(line))
f.close()
os.remove(name)
try:
    open("does_not_exist_xyz.txt")
except OSError as e:
    print("OSError", type(e).__name__ in ("OSError", "FileNotFoundError"))
