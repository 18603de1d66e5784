# reading a file opened for writing (and writing one opened for reading) raises OSError, whatever the method
import os

name = "tmp_wrong_direction.bin"
with open(name, "wb") as f:
    f.write(b"line one\nline two\n")

def attempt(mode, label, op):
    f = open(name, mode)
    try:
        op(f)
        print(mode, label, "no error")
    except OSError:
        print(mode, label, "OSError")
    finally:
        f.close()

for mode in ("w", "wb", "a", "ab"):
    attempt(mode, "read", lambda f: f.read())
    attempt(mode, "read(3)", lambda f: f.read(3))
    attempt(mode, "readline", lambda f: f.readline())
    attempt(mode, "readlines", lambda f: f.readlines())
    attempt(mode, "iterate", lambda f: [l for l in f])
    if "b" in mode:
        attempt(mode, "readinto", lambda f: f.readinto(bytearray(4)))

for mode in ("r", "rb"):
    attempt(mode, "write", lambda f: f.write("x" if mode == "r" else b"x"))

for mode in ("r+b", "w+b", "a+b"):
    with open(name, mode) as f:
        f.write(b"abc")
        f.seek(0)
        print(mode, f.read())
os.remove(name)
