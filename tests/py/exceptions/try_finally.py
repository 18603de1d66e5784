def f(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise ValueError('one')
        return 'other'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', x)
print(f(0)); print(f(1)); print(f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('cleanup', i)
g()
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise RuntimeError('wrapped')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    raise ValueError('x') from TypeError('y')
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print('reraised', e)
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
with Ctx() as c:
    raise ValueError
print('after with')
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    print('AssertionError', e)
