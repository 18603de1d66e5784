namespace MicroPy.Objects
{
    /// <summary>
    /// The builtin exception hierarchy (MicroPython's set plus what CPython code commonly names). Each class is
    /// created on first use (MicroPython keeps them in ROM): nothing is allocated for them at start-up, and nanoCLR
    /// runs static constructors eagerly in type-name order, so no static initializer may read another type's statics.
    /// </summary>
    public static class PyExc
    {
        /// <summary>Number of builtin exception classes (indexes for Get, in Names order).</summary>
        public const int Count = 32;

        /// <summary>Their names; index 0 is BaseException.</summary>
        public static readonly string[] Names = new string[]
        {
            "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
            "StopAsyncIteration", "ArithmeticError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
            "BufferError", "EOFError", "ImportError", "LookupError", "IndexError", "KeyError",
            "MemoryError", "NameError", "UnboundLocalError", "OSError", "RuntimeError", "NotImplementedError",
            "SyntaxError", "IndentationError", "SystemError", "TypeError", "ValueError", "UnicodeError",
            "UnicodeDecodeError", "UnicodeEncodeError",
        };

        // Index of each class's base in Names.
        private static readonly byte[] s_bases = new byte[] { 0, 0, 0, 0, 0, 4, 4, 4, 7, 7, 4, 4, 4, 4, 4, 4, 15, 15, 4, 4, 19, 4, 4, 22, 4, 24, 4, 4, 4, 28, 29, 29 };

        private static PyType[] s_types;

        /// <summary>The builtin exception class Names[i].</summary>
        public static PyType Get(int i)
        {
            PyType[] types = s_types;
            if (types == null)
            {
                types = s_types = new PyType[Count];
            }
            PyType t = types[i];
            if (t == null)
            {
                t = types[i] = PyType.Native(Names[i], ExceptionTable.Instance, i == 0 ? null : Get(s_bases[i]));
            }
            return t;
        }

        public static PyType BaseException
        {
            get { return Get(0); }
        }

        public static PyType SystemExit
        {
            get { return Get(1); }
        }

        public static PyType KeyboardInterrupt
        {
            get { return Get(2); }
        }

        public static PyType GeneratorExit
        {
            get { return Get(3); }
        }

        public static PyType Exception
        {
            get { return Get(4); }
        }

        public static PyType StopIteration
        {
            get { return Get(5); }
        }

        public static PyType StopAsyncIteration
        {
            get { return Get(6); }
        }

        public static PyType ArithmeticError
        {
            get { return Get(7); }
        }

        public static PyType OverflowError
        {
            get { return Get(8); }
        }

        public static PyType ZeroDivisionError
        {
            get { return Get(9); }
        }

        public static PyType AssertionError
        {
            get { return Get(10); }
        }

        public static PyType AttributeError
        {
            get { return Get(11); }
        }

        public static PyType BufferError
        {
            get { return Get(12); }
        }

        public static PyType EOFError
        {
            get { return Get(13); }
        }

        public static PyType ImportError
        {
            get { return Get(14); }
        }

        public static PyType LookupError
        {
            get { return Get(15); }
        }

        public static PyType IndexError
        {
            get { return Get(16); }
        }

        public static PyType KeyError
        {
            get { return Get(17); }
        }

        public static PyType MemoryError
        {
            get { return Get(18); }
        }

        public static PyType NameError
        {
            get { return Get(19); }
        }

        public static PyType UnboundLocalError
        {
            get { return Get(20); }
        }

        public static PyType OSError
        {
            get { return Get(21); }
        }

        public static PyType RuntimeError
        {
            get { return Get(22); }
        }

        public static PyType NotImplementedError
        {
            get { return Get(23); }
        }

        public static PyType SyntaxError
        {
            get { return Get(24); }
        }

        public static PyType IndentationError
        {
            get { return Get(25); }
        }

        public static PyType SystemError
        {
            get { return Get(26); }
        }

        public static PyType TypeError
        {
            get { return Get(27); }
        }

        public static PyType ValueError
        {
            get { return Get(28); }
        }

        public static PyType UnicodeError
        {
            get { return Get(29); }
        }

        public static PyType UnicodeDecodeError
        {
            get { return Get(30); }
        }

        public static PyType UnicodeEncodeError
        {
            get { return Get(31); }
        }

        /// <summary>Is t an exception class (BaseException or a subclass)?</summary>
        public static bool IsExceptionType(object t)
        {
            PyType pt = t as PyType;
            return pt != null && pt.IsSubtypeOf(BaseException);
        }
    }
}
