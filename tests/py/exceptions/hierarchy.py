pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, BaseException),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (AssertionError, Exception),
    (AttributeError, Exception), (ImportError, Exception),
    (MemoryError, Exception), (OSError, Exception),
    (SyntaxError, Exception), (IndentationError, SyntaxError),
    (TypeError, Exception), (ValueError, Exception),
    (EOFError, Exception), (RuntimeError, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
