import sys
print("sys" in sys.modules or True)
n = len(sys.path)
sys.path.append("extra_dir")
print(len(sys.path) == n + 1, sys.path[-1])
sys.path.pop()
print(len(sys.path) == n)
print(sys.stderr is not None, hasattr(sys, "stdin"))
