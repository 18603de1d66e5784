name = "tmp_with_file.txt"
with open(name, "w") as f:
    f.write("hello\nworld\n")
print(f.closed if hasattr(f, "closed") else True)
with open(name) as f:
    print(f.read().split())
import os
os.remove(name)
