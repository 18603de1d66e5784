assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], 42
except AssertionError as e:
    print(e.args)
print(issubclass(AssertionError, Exception))
