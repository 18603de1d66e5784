namespace MicroPy.Objects
{
    /// <summary>Factories for raising builtin exceptions: throw Err.Type("...").</summary>
    public static class Err
    {
        public static PyException Make(PyType type, string msg)
        {
            return new PyException(PyBaseException.Create(type, msg));
        }

        public static PyException Type(string msg)
        {
            return Make(PyExc.TypeError, msg);
        }

        public static PyException Value(string msg)
        {
            return Make(PyExc.ValueError, msg);
        }

        public static PyException Index(string msg)
        {
            return Make(PyExc.IndexError, msg);
        }

        public static PyException Key(object key)
        {
            PyBaseException e = PyBaseException.CreateArgs(PyExc.KeyError, new object[] { key });
            return new PyException(e);
        }

        public static PyException Attribute(string msg)
        {
            return Make(PyExc.AttributeError, msg);
        }

        public static PyException NoAttribute(object obj, string name)
        {
            if (obj is PyType && !(obj is PyModule))
            {
                return Make(PyExc.AttributeError, "type object '" + ((PyType)obj).Name + "' has no attribute '" + name + "'");
            }
            if (obj is PyModule)
            {
                return Make(PyExc.AttributeError, "module '" + ((PyModule)obj).Name + "' has no attribute '" + name + "'");
            }
            return Make(PyExc.AttributeError, "'" + Ops.TypeName(obj) + "' object has no attribute '" + name + "'");
        }

        public static PyException Name(string name)
        {
            return Make(PyExc.NameError, "name '" + name + "' is not defined");
        }

        public static PyException ZeroDivision(string msg)
        {
            return Make(PyExc.ZeroDivisionError, msg);
        }

        public static PyException Overflow(string msg)
        {
            return Make(PyExc.OverflowError, msg);
        }

        public static PyException Runtime(string msg)
        {
            return Make(PyExc.RuntimeError, msg);
        }

        public static PyException NotImplemented(string msg)
        {
            return Make(PyExc.NotImplementedError, msg);
        }

        public static PyException Memory(string msg)
        {
            return Make(PyExc.MemoryError, msg);
        }

        /// <summary>MemoryError unless count items of size bytes fit the board's heap: past 2**31 bytes never (nor
        /// a negative or overflowing count); from 4 KB on, as Platform.Memory says (the desktop host's heap cap).</summary>
        public static void Reserve(long count, int size)
        {
            if (count < 0 || count > int.MaxValue / size)
            {
                throw Memory("memory allocation failed");
            }
            long bytes = count * size;
            if (HeapHold.Blocks >= 0)
            {
                HeapHold.Take(bytes);
            }
            if (bytes >= 4096)
            {
                MicroPy.Hal.IMemory m = MicroPy.Hal.Platform.Memory;
                if (m != null && !m.Reserve(bytes))
                {
                    throw Memory("memory allocation failed, allocating " + Ops.LongToString(bytes) + " bytes");
                }
            }
        }

        public static PyException Import(string msg)
        {
            return Make(PyExc.ImportError, msg);
        }

        public static PyException Assertion(string msg)
        {
            return Make(PyExc.AssertionError, msg);
        }

        public static PyException UnboundLocal(string name)
        {
            return Make(PyExc.UnboundLocalError, "local variable '" + name + "' referenced before assignment");
        }

        public static PyException Syntax(string msg, string file, int line)
        {
            PyBaseException e = PyBaseException.Create(PyExc.SyntaxError, msg);
            e.SyntaxFile = file;
            e.SyntaxLine = line;
            return new PyException(e);
        }

        /// <summary>OSError(errno, strerror) as MicroPython raises it: args (errno,) or (errno, msg).</summary>
        public static PyException OS(int errno)
        {
            return new PyException(PyBaseException.CreateArgs(PyExc.OSError, new object[] { PyInt.Create(errno) }));
        }

        public static PyException OS(int errno, string msg)
        {
            return new PyException(PyBaseException.CreateArgs(PyExc.OSError, new object[] { PyInt.Create(errno), msg }));
        }

        public static PyException StopIteration(object value)
        {
            if (value == null || value == PyNone.None)
            {
                return new PyException(PyBaseException.CreateArgs(PyExc.StopIteration, new object[0]));
            }
            return new PyException(PyBaseException.CreateArgs(PyExc.StopIteration, new object[] { value }));
        }

        public static PyException ArgCount(string fn, int min, int max, int given)
        {
            if (min == max)
            {
                return Type(fn + "() takes exactly " + Ops.IntToString(min) + " argument" + (min == 1 ? "" : "s") + " (" + Ops.IntToString(given) + " given)");
            }
            if (given < min)
            {
                return Type(fn + "() takes at least " + Ops.IntToString(min) + " argument" + (min == 1 ? "" : "s") + " (" + Ops.IntToString(given) + " given)");
            }
            return Type(fn + "() takes at most " + Ops.IntToString(max) + " argument" + (max == 1 ? "" : "s") + " (" + Ops.IntToString(given) + " given)");
        }
    }
}
