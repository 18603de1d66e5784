def check(v):
    assert v > 0, "must be positive: %d" % v
    return v
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", e)
try:
    assert isinstance("x", int)
except AssertionError as e:
    print("AssertionError", repr(str(e)))
