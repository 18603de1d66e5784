import sys
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(sys.byteorder in ("little", "big"), sys.maxsize >= 2 ** 31 - 1)
print(hasattr(sys, "version"), hasattr(sys, "implementation"), hasattr(sys, "platform"))
print(sys.stdout is not None, hasattr(sys.stdout, "write"))
sys.stdout.write("written\n")
print(type(sys.version_info[0]).__name__, sys.version_info[0])
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.args)
