using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>A generator (or coroutine) object: a suspended frame on private stack arrays.</summary>
    public sealed class PyGenerator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("generator", GeneratorTable.Instance, null)); }
        }

        private static PyType s_coroutineType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType CoroutineType
        {
            get { return s_coroutineType ?? (s_coroutineType = PyType.Native("coroutine", GeneratorTable.Instance, null)); }
        }

        public Frame Frame;
        /// <summary>The compiled body of the generator's code (null: interpreted), read once per step without a cast.</summary>
        public CompiledCode Body;
        public bool Started;
        public bool Running;
        public bool Finished;
        public object ReturnValue;
        public readonly string Name;
        private readonly bool _coroutine;

        public PyGenerator(Frame frame, string name, bool coroutine)
        {
            Frame = frame;
            Name = name;
            _coroutine = coroutine;
        }

        public override PyType Type
        {
            get { return _coroutine ? CoroutineType : TypeObject; }
        }

        public override object Iter()
        {
            return this;
        }

        /// <summary>next(): the yielded value, or null when the generator returns.</summary>
        public override object Next()
        {
            if (Body != null && !Finished && !Running && Vm.s_depth < Vm.MaxDepth && Vm.s_nesting < Vm.MaxNesting)
            {
                // A compiled body runs here (no interpreter loop); native re-entry counted as Resume counts it.
                long bits;
                object v = Vm.NextCompiled(this, Vm.s_current, 1, out bits);
                return v == Unboxed.Int || v == Unboxed.Float ? Vm.CBox(v, bits) : v;
            }
            // Handlers here and below only record the exception and throw after the handler has ended: on nanoCLR a
            // throw inside a handler holds one of the thread's 6 nested-exception slots per generator level.
            PyException err;
            try
            {
                return Resume(PyNone.None, null);
            }
            catch (PyException e)
            {
                err = e;
            }
            // Python 3.4 / MicroPython: a StopIteration escaping the body just ends the iteration.
            if (Finished && err.Value.IsInstance(PyExc.StopIteration))
            {
                ReturnValue = err.Value.Args.Length > 0 ? err.Value.Args[0] : PyNone.None;
                return null;
            }
            throw err;
        }

        /// <summary>Next() for a native caller that takes ints and floats unboxed: Unboxed.Int or Unboxed.Float with
        /// the number in bits, another value, or null at the end.</summary>
        public object NextRaw(out long bits)
        {
            bits = 0;
            Frame f = Frame;
            if (f == null || Finished || Running)
            {
                return Next();
            }
            if (Body != null && Vm.s_depth < Vm.MaxDepth && Vm.s_nesting < Vm.MaxNesting)
            {
                return Vm.NextCompiled(this, Vm.s_current, 1, out bits);
            }
            // No finally: an exception leaving the body finishes the generator, so the flag is never read again.
            f.RawYield = true;
            object v = Next();
            f.RawYield = false;
            if (v == Unboxed.Int || v == Unboxed.Float)
            {
                bits = Vm.YieldedBits;
            }
            return v;
        }

        /// <summary>Runs to the next yield. Returns the yielded value, or null when finished (ReturnValue set).</summary>
        public object Resume(object send, PyBaseException exc)
        {
            if (Finished)
            {
                if (exc != null)
                {
                    throw new PyException(exc);
                }
                ReturnValue = PyNone.None;
                return null;
            }
            if (Running)
            {
                throw Err.Value("generator already executing");
            }
            if (!Started && exc == null && send != PyNone.None && send != null)
            {
                throw Err.Type("can't send non-None value to a just-started generator");
            }
            Running = true;
            object r;
            PyException err = null;
            try
            {
                r = Vm.ResumeGenerator(this, Started ? send : null, exc);
            }
            catch (PyException e)
            {
                r = null;
                err = e;
            }
            finally
            {
                Running = false;
            }
            if (err != null)
            {
                Finished = true;
                Release();
                throw err;
            }
            Started = true;
            if (!Frame.Yielded)
            {
                Finished = true;
                ReturnValue = r;
                Release();
                return null;
            }
            return r;
        }

        /// <summary>Marks the generator finished (after an in-loop run returned or raised) and drops its stack.</summary>
        internal void Finish(object returnValue)
        {
            Finished = true;
            Running = false;
            ReturnValue = returnValue;
            Release();
        }

        private void Release()
        {
            Frame f = Frame;
            if (f != null)
            {
                f.Refs = null;
                f.Bits = null;
                f.Cells = null;
            }
        }

        public object Send(object value)
        {
            object r = Resume(value, null);
            if (r == null)
            {
                throw Err.StopIteration(ReturnValue);
            }
            return r;
        }

        public object Throw(PyBaseException exc)
        {
            object r = Resume(null, exc);
            if (r == null)
            {
                throw Err.StopIteration(ReturnValue);
            }
            return r;
        }

        public void Close()
        {
            if (Finished)
            {
                return;
            }
            if (!Started)
            {
                Finished = true;
                Release();
                return;
            }
            object r;
            PyException err = null;
            try
            {
                r = Resume(null, PyBaseException.Create(PyExc.GeneratorExit, null));
            }
            catch (PyException e)
            {
                r = null;
                err = e;
            }
            if (err != null)
            {
                if (!err.Value.IsInstance(PyExc.GeneratorExit) && !err.Value.IsInstance(PyExc.StopIteration))
                {
                    throw err;
                }
            }
            else if (r != null)
            {
                throw Err.Runtime("generator ignored GeneratorExit");
            }
        }

        public override string Repr()
        {
            return "<" + (_coroutine ? "coroutine" : "generator") + " object '" + Name + "' at 0x" + Ops.HexId(this) + ">";
        }

        /// <summary>Exception instance for throw(type[, value]).</summary>
        internal static PyBaseException MakeException(object type, object value)
        {
            PyBaseException e = type as PyBaseException;
            if (e != null)
            {
                return e;
            }
            PyType t = type as PyType;
            if (t != null && PyExc.IsExceptionType(t))
            {
                object inst = value == null || value == PyNone.None ? Ops.Call0(t) : (value is PyBaseException ? value : Ops.Call1(t, value));
                PyBaseException pe = inst as PyBaseException;
                if (pe != null)
                {
                    return pe;
                }
            }
            throw Err.Type("exceptions must derive from BaseException");
        }

        private sealed class GeneratorTable : NativeTable
        {
            private static GeneratorTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static GeneratorTable Instance
            {
                get { return s_instance ?? (s_instance = new GeneratorTable()); }
            }

            private GeneratorTable() : base(new string[] { "send", "throw", "close", "__next__", "__iter__" })
            {
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyGenerator g = args[0] as PyGenerator;
                if (g == null)
                {
                    throw Err.Type("descriptor requires a 'generator' object");
                }
                switch (id)
                {
                    case 0:
                        Ops.CheckArgs("send", argc - 1, kwc, 1, 1);
                        return g.Send(args[1]);
                    case 1:
                        Ops.CheckArgs("throw", argc - 1, kwc, 1, 3);
                        return g.Throw(MakeException(args[1], argc > 2 ? args[2] : null));
                    case 2:
                        Ops.CheckArgs("close", argc - 1, kwc, 0, 0);
                        g.Close();
                        return PyNone.None;
                    case 3:
                        {
                            Ops.CheckArgs("__next__", argc - 1, kwc, 0, 0);
                            object r = g.Resume(PyNone.None, null);
                            if (r == null)
                            {
                                throw Err.StopIteration(g.ReturnValue);
                            }
                            return r;
                        }
                    default:
                        return g;
                }
            }
        }
    }
}
