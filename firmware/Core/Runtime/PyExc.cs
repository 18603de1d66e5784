namespace MicroPy.Core
{
    /// <summary>The builtin exception hierarchy (MicroPython's set plus what CPython code commonly names).</summary>
    public static class PyExc
    {
        private static PyType s_baseException;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType BaseException
        {
            get { return s_baseException ?? (s_baseException = PyType.Native("BaseException", ExceptionTable.Instance, null)); }
        }

        public static readonly PyType SystemExit = Sub("SystemExit", BaseException);
        public static readonly PyType KeyboardInterrupt = Sub("KeyboardInterrupt", BaseException);
        public static readonly PyType GeneratorExit = Sub("GeneratorExit", BaseException);
        public static readonly PyType Exception = Sub("Exception", BaseException);
        public static readonly PyType StopIteration = Sub("StopIteration", Exception);
        public static readonly PyType StopAsyncIteration = Sub("StopAsyncIteration", Exception);
        public static readonly PyType ArithmeticError = Sub("ArithmeticError", Exception);
        public static readonly PyType OverflowError = Sub("OverflowError", ArithmeticError);
        public static readonly PyType ZeroDivisionError = Sub("ZeroDivisionError", ArithmeticError);
        public static readonly PyType AssertionError = Sub("AssertionError", Exception);
        public static readonly PyType AttributeError = Sub("AttributeError", Exception);
        public static readonly PyType BufferError = Sub("BufferError", Exception);
        public static readonly PyType EOFError = Sub("EOFError", Exception);
        public static readonly PyType ImportError = Sub("ImportError", Exception);
        public static readonly PyType LookupError = Sub("LookupError", Exception);
        public static readonly PyType IndexError = Sub("IndexError", LookupError);
        public static readonly PyType KeyError = Sub("KeyError", LookupError);
        public static readonly PyType MemoryError = Sub("MemoryError", Exception);
        public static readonly PyType NameError = Sub("NameError", Exception);
        public static readonly PyType UnboundLocalError = Sub("UnboundLocalError", NameError);
        public static readonly PyType OSError = Sub("OSError", Exception);
        public static readonly PyType RuntimeError = Sub("RuntimeError", Exception);
        public static readonly PyType NotImplementedError = Sub("NotImplementedError", RuntimeError);
        public static readonly PyType SyntaxError = Sub("SyntaxError", Exception);
        public static readonly PyType IndentationError = Sub("IndentationError", SyntaxError);
        public static readonly PyType SystemError = Sub("SystemError", Exception);
        public static readonly PyType TypeError = Sub("TypeError", Exception);
        public static readonly PyType ValueError = Sub("ValueError", Exception);
        public static readonly PyType UnicodeError = Sub("UnicodeError", ValueError);

        /// <summary>All of them, for the builtins module.</summary>
        public static readonly PyType[] All = new PyType[]
        {
            BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
            ArithmeticError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
            EOFError, ImportError, LookupError, IndexError, KeyError, MemoryError, NameError,
            UnboundLocalError, OSError, RuntimeError, NotImplementedError, SyntaxError, IndentationError,
            SystemError, TypeError, ValueError, UnicodeError,
        };

        private static PyType Sub(string name, PyType parent)
        {
            return PyType.Native(name, ExceptionTable.Instance, parent);
        }

        /// <summary>Is t an exception class (BaseException or a subclass)?</summary>
        public static bool IsExceptionType(object t)
        {
            PyType pt = t as PyType;
            return pt != null && pt.IsSubtypeOf(BaseException);
        }
    }
}
