class MyErr(Exception):
    pass
class Detailed(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyErr("boom")
except MyErr as e:
    print(type(e).__name__, e, e.args)
try:
    raise Detailed(404, "missing")
except Exception as e:
    print(e.code, e.args)
class Sub(MyErr): pass
try:
    raise Sub()
except MyErr as e:
    print("caught as base", type(e).__name__, e.args)
print(issubclass(Sub, Exception), issubclass(Sub, BaseException))
class StrErr(ValueError):
    def __str__(self):
        return "custom str"
try:
    raise StrErr(1)
except ValueError as e:
    print(e)
