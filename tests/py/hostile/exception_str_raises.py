# An exception whose __str__ raises is still printed (CPython's "<exception str() failed>"), never a host crash.
import sys


class E(Exception):
    def __str__(self):
        raise ValueError('boom')


try:
    raise E('x')
except Exception as e:
    sys.print_exception(e)
    print('caught', type(e).__name__, e.args)

try:
    try:
        raise E('y')
    except E:
        raise KeyError('k')
except KeyError as e:
    sys.print_exception(e)


class Deep(Exception):
    def __str__(self):
        return str(self)


try:
    raise Deep()
except Deep as e:
    sys.print_exception(e)
print('end')
raise E('uncaught')
# own process: the expected tracebacks name this file, a raw REPL names <stdin>
