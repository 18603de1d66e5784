print(__name__)
if __name__ == "__main__":
    print("main block")
def f():
    return __name__
print(f())
print(type(__name__).__name__)
