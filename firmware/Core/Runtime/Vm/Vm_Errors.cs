using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>A Ctrl-C waits to be raised (tested with Scheduler.Pending between bytecodes, and at compiled
        /// code's back edges).</summary>
        public static bool Interrupted;

        /// <summary>The input byte ports turn into KeyboardInterrupt while code runs (micropython.kbd_intr; -1 none).</summary>
        public static int InterruptChar = 3;

        /// <summary>Requests KeyboardInterrupt in the running code (Ctrl-C); safe from any thread.</summary>
        public static void RequestInterrupt()
        {
            Interrupted = true;
        }

        /// <summary>For blocking waits in native code (sleep, socket, select, UART): raise a pending Ctrl-C now and
        /// run scheduled callbacks, as between bytecodes.</summary>
        public static void ServiceWait()
        {
            Service();
        }

        public static void ClearInterrupt()
        {
            Interrupted = false;
        }

        /// <summary>Between bytecodes: raise a pending Ctrl-C, run scheduled callbacks.</summary>
        private static void Service()
        {
            if (Interrupted)
            {
                Interrupted = false;
                throw new PyException(PyBaseException.Create(PyExc.KeyboardInterrupt, null));
            }
            if (Scheduler.Pending != 0)
            {
                Frame cur = s_current;
                Scheduler.RunPending();
                s_current = cur;
            }
        }

        /// <summary>
        /// Exception e arrived in frame f: record the traceback, find a handler block in f or a caller up to entry,
        /// and return the frame to continue in (its Pc at the handler, the exception on its stack). Throws when
        /// no frame up to entry handles it.
        /// </summary>
        private static Frame Unwind(Frame f, Frame entry, PyBaseException e)
        {
            while (true)
            {
                if (f.Id == 0)
                {
                    f.Id = ++s_frameIds;
                }
                e.AddTracebackFrame(f.Code.Filename, f.Code.LineOf(f.Pc), f.Code.Name, f.Id);
                if (f.Handled != null && f.Handled != e && e.Context == null && !e.SuppressContext)
                {
                    e.Context = f.Handled;
                }
                while (f.BCount > 0)
                {
                    int b = --f.BCount;
                    int type = f.BType[b];
                    PyBaseException saved = f.BSaved[b];
                    f.BSaved[b] = null;
                    if (type == Frame.BlockHandler)
                    {
                        f.Handled = saved;
                        continue;
                    }
                    int level = f.BLevel[b];
                    int handlerPc = f.BHandler[b];
                    object[] r = f.Refs;
                    for (int k = level; k < f.Sp && k < r.Length; k++)
                    {
                        r[k] = null;
                    }
                    f.PushBlock(Frame.BlockHandler, 0, level, f.Handled);
                    f.Handled = e;
                    r[level] = e;
                    f.Sp = level + 1;
                    f.Pc = handlerPc;
                    return f;
                }
                Frame back = f.Back;
                bool isEntry = f == entry;
                int top = f.SavedTop;
                PyGenerator gen = f.Gen;
                ExitFrame(f, f.Sp);
                if (isEntry)
                {
                    throw new PyException(e);
                }
                s_top = top;
                f = back;
                s_current = f;
                if (gen != null)
                {
                    // A generator resumed in-loop raised: it is finished; a StopIteration escaping its body just
                    // ends a FOR_ITER loop (as PyGenerator.Next does); at YIELD_FROM it propagates (as Resume does).
                    gen.Finish(null);
                    if (f.Code.Code[f.Pc] == Opcodes.ForIter && e.IsInstance(PyExc.StopIteration))
                    {
                        gen.ReturnValue = e.Args.Length > 0 ? e.Args[0] : PyNone.None;
                        int sp = f.Sp - 1;
                        f.Refs[sp] = null;
                        f.Sp = sp;
                        f.Pc = f.Code.Code[f.Pc + 1] | (f.Code.Code[f.Pc + 2] << 8);
                        return f;
                    }
                }
            }
        }

        /// <summary>Abandons the frames from f up to entry (a board reset passes through).</summary>
        private static void DropFrames(Frame f, Frame entry)
        {
            while (f != null)
            {
                Frame back = f.Back;
                bool isEntry = f == entry;
                ExitFrame(f, f.Sp);
                if (isEntry)
                {
                    break;
                }
                f = back;
            }
        }

        /// <summary>The exception an except block of the running code (or of a caller) is handling, else null
        /// (sys.exc_info).</summary>
        public static PyBaseException HandledException()
        {
            for (Frame f = s_current; f != null; f = f.Back)
            {
                if (f.Handled != null)
                {
                    return f.Handled;
                }
            }
            return null;
        }

        /// <summary>Host exceptions the last-defence catch-all turned into SystemError since start-up (each one is a
        /// bug: code that should have raised a Python exception itself). Hosts and test harnesses report them.</summary>
        public static int HostFaults;

        /// <summary>The last of those, "Type: message", for the host's diagnostics only (Python never sees it).</summary>
        public static string LastHostFault;

        /// <summary>A host exception escaping a builtin becomes a Python exception instead of a crash: MemoryError
        /// for an exhausted heap, else SystemError without the host's type name or text (counted in HostFaults).</summary>
        private static PyBaseException HostException(System.Exception e)
        {
            if (e is System.OutOfMemoryException)
            {
                return PyBaseException.Create(PyExc.MemoryError, null);
            }
            HostFaults++;
            LastHostFault = e.GetType().FullName + ": " + e.Message;
            return PyBaseException.Create(PyExc.SystemError, "internal error");
        }

        /// <summary>RAISE_VARARGS in the loop: the frame (f or a caller up to entry) whose handler now runs, as
        /// Run's catch would find it; the host exception is thrown only when no frame up to entry handles it.</summary>
        private static Frame RaiseInLoop(Frame f, Frame entry, int n, int sp)
        {
            PyException pe = RaiseFrom(f, n, f.Refs, f.Bits, sp);
            for (Frame h = f; h != null; h = h.Back)
            {
                for (int b = 0; b < h.BCount; b++)
                {
                    if (h.BType[b] != Frame.BlockHandler)
                    {
                        return Unwind(f, entry, pe.Value);
                    }
                }
                if (h == entry)
                {
                    break;
                }
            }
            throw pe;
        }

        private static PyException RaiseFrom(Frame f, int n, object[] r, long[] i, int sp)
        {
            if (n == 0)
            {
                PyBaseException h = f.Handled;
                if (h == null)
                {
                    for (Frame b = f.Back; b != null && h == null; b = b.Back)
                    {
                        h = b.Handled;
                    }
                }
                if (h == null)
                {
                    return Err.Runtime("No active exception to reraise");
                }
                return new PyException(h);
            }
            object cause = null;
            if (n == 2)
            {
                cause = Box(r[sp - 1], i[sp - 1]);
            }
            object exc = Box(r[sp - n], i[sp - n]);
            PyBaseException e = MakeException(exc);
            if (n == 2)
            {
                if (cause == PyNone.None)
                {
                    e.Cause = null;
                }
                else
                {
                    e.Cause = MakeException(cause);
                }
                e.SuppressContext = true;
            }
            return new PyException(e);
        }

        private static PyBaseException MakeException(object exc)
        {
            PyBaseException e = exc as PyBaseException;
            if (e != null)
            {
                return e;
            }
            PyType t = exc as PyType;
            if (t != null && PyExc.IsExceptionType(t))
            {
                e = Ops.Call0(t) as PyBaseException;
                if (e != null)
                {
                    return e;
                }
            }
            throw Err.Type("exceptions must derive from BaseException");
        }

        private static bool ExceptionMatches(PyBaseException e, object type)
        {
            PyTuple tup = type as PyTuple;
            if (tup != null)
            {
                for (int k = 0; k < tup.Items.Length; k++)
                {
                    if (ExceptionMatches(e, tup.Items[k]))
                    {
                        return true;
                    }
                }
                return false;
            }
            PyType t = type as PyType;
            if (t == null || !PyExc.IsExceptionType(t))
            {
                throw Err.Type("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.Type.IsSubtypeOf(t);
        }

        /// <summary>Resumes a generator frame by raising exc at its suspension point (throw/close).</summary>
        private static object ResumeWithException(Frame f, PyBaseException exc)
        {
            // Delegating with 'yield from': the sub-generator gets the exception first.
            if (f.Code.Code[f.Pc] == Opcodes.YieldFrom && f.Sp > f.Base + f.Code.NFast)
            {
                PyGenerator sub = f.Refs[f.Sp - 1] as PyGenerator;
                if (sub != null)
                {
                    object r = null;
                    PyBaseException raised = null;
                    if (exc.IsInstance(PyExc.GeneratorExit))
                    {
                        raised = exc;
                    }
                    try
                    {
                        if (raised != null)
                        {
                            sub.Close();
                        }
                        else
                        {
                            r = sub.Resume(null, exc);
                        }
                    }
                    catch (PyException pe)
                    {
                        raised = pe.Value;
                    }
                    if (raised != null)
                    {
                        // Outside the handler: the frame's run may raise again (one nanoCLR EH slot, see Run).
                        s_current = f;
                        Frame h = Unwind(f, f, raised);
                        return Run(h, null);
                    }
                    if (r != null)
                    {
                        f.Yielded = true;
                        s_depth--;
                        return r;
                    }
                    // The sub-generator finished: its return value is the value of 'yield from'.
                    f.Refs[f.Sp - 1] = sub.ReturnValue;
                    f.Pc++;
                    return Run(f, null);
                }
            }
            s_current = f;
            Frame handler = Unwind(f, f, exc);
            return Run(handler, null);
        }

        private static PyException FreeVarError(Frame f, int idx)
        {
            string name = f.Code.CellNames[idx];
            if (idx < f.Code.NOwnCells)
            {
                return Err.UnboundLocal(name);
            }
            return Err.Make(PyExc.NameError, "free variable '" + name + "' referenced before assignment in enclosing scope");
        }

        private static void MergeInto(PyDict d, object src, bool kwargs)
        {
            PyDict sd = src as PyDict;
            if (sd == null)
            {
                object keys = Ops.GetAttrOrNull(src, "keys");
                if (keys == null)
                {
                    throw Err.Type("argument after ** must be a mapping, not " + Ops.TypeName(src));
                }
                object it = Ops.GetIter(Ops.Call0(keys));
                object k;
                while ((k = Ops.Next(it)) != null)
                {
                    if (kwargs && d.Get(k) != null)
                    {
                        throw Err.Type("got multiple values for keyword argument '" + Ops.Str(k) + "'");
                    }
                    d.Set(k, Ops.GetItem(src, k));
                }
                return;
            }
            for (int i = sd.NextEntry(-1); i >= 0; i = sd.NextEntry(i))
            {
                object k = sd.KeyAt(i);
                if (kwargs)
                {
                    if (!(k is string))
                    {
                        throw Err.Type("keywords must be strings");
                    }
                    if (d.Get(k) != null)
                    {
                        throw Err.Type("got multiple values for keyword argument '" + (string)k + "'");
                    }
                }
                d.Set(k, sd.ValueAt(i));
            }
        }

        private static object[] UnpackIterable(object seq, int expected)
        {
            object it = Ops.GetIter(seq);
            object[] items = new object[expected];
            int n = 0;
            object v;
            while ((v = Ops.Next(it)) != null)
            {
                if (n == expected)
                {
                    throw Err.Value("too many values to unpack (expected " + Ops.IntToString(expected) + ")");
                }
                items[n++] = v;
            }
            if (n < expected)
            {
                throw Err.Value("not enough values to unpack (expected " + Ops.IntToString(expected) + ", got " + Ops.IntToString(n) + ")");
            }
            return items;
        }

        /// <summary>The value a finished YieldFromStep leaves (the loop takes it at once).</summary>
        private static object s_yieldFromResult;

        /// <summary>One step of yield from on a native or non-in-loop iterator: the next value, or null when it has
        /// finished, its return value then in s_yieldFromResult (no out local in the loop, see InstanceAttrValue).</summary>
        private static object YieldFromStep(object it, object v)
        {
            object r;
            object retVal = null;
            PyGenerator g = it as PyGenerator;
            if (g != null)
            {
                r = g.Resume(v, null);
                if (r == null)
                {
                    retVal = g.ReturnValue;
                }
            }
            else if (it is PyDoneAwaitable)
            {
                r = null;
                retVal = ((PyDoneAwaitable)it).Value;
            }
            else if (v == PyNone.None && it is PyInstance)
            {
                // A Python iterator: its StopIteration's value is the result of yield from.
                r = SendTo(it, null, out retVal);
            }
            else if (v == PyNone.None)
            {
                r = Ops.Next(it);
                if (r == null)
                {
                    retVal = PyNone.None;
                }
            }
            else
            {
                r = SendTo(it, v, out retVal);
            }
            s_yieldFromResult = retVal;
            return r;
        }

        /// <summary>iter.send(v) (iter.__next__() for null) for a non-generator delegate: the value, or null with
        /// retVal set on StopIteration.</summary>
        private static object SendTo(object it, object v, out object retVal)
        {
            retVal = null;
            PyException err = null;
            try
            {
                return v == null ? Ops.CallMethod0(it, "__next__") : Ops.CallMethod1(it, "send", v);
            }
            catch (PyException e)
            {
                err = e;
            }
            if (!err.Value.IsInstance(PyExc.StopIteration))
            {
                throw err;
            }
            object[] a = err.Value.Args;
            retVal = a.Length > 0 ? a[0] : PyNone.None;
            return null;
        }

        private static object ImportFromModule(object mod, string name)
        {
            object v = Ops.GetAttrOrNull(mod, name);
            if (v != null)
            {
                return v;
            }
            // A submodule of a package not yet imported.
            PyModule m = mod as PyModule;
            if (m != null)
            {
                object pkgName = m.Dict.GetStr("__name__");
                if (pkgName is string && m.Dict.GetStr("__path__") != null)
                {
                    PyException err;
                    try
                    {
                        return Interp.Current.Import((string)pkgName + "." + name, null, true, 0);
                    }
                    catch (PyException e)
                    {
                        err = e;
                    }
                    // Thrown after the handler: imports nest (one nanoCLR nested-exception slot per throw in a handler).
                    if (!err.Value.IsInstance(PyExc.ImportError))
                    {
                        throw err;
                    }
                }
            }
            throw Err.Import("cannot import name '" + name + "'");
        }

        private static void ImportStar(object mod, PyDict into)
        {
            PyModule m = mod as PyModule;
            if (m == null)
            {
                throw Err.Type("import * needs a module");
            }
            PyDict d = m.Dict;
            object all = d.GetStr("__all__");
            if (all != null)
            {
                object[] names = Ops.ToArray(all);
                for (int k = 0; k < names.Length; k++)
                {
                    string n = names[k] as string;
                    into.SetStr(n, Ops.GetAttr(mod, n));
                }
                return;
            }
            for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
            {
                string n = d.KeyAt(i) as string;
                if (n != null && n.Length > 0 && n[0] != '_')
                {
                    into.SetStr(n, d.ValueAt(i));
                }
            }
        }

        /// <summary>The callable LOAD_BUILD_CLASS pushes.</summary>
        private sealed class BuildClassFunction : PyObject
        {
            private static BuildClassFunction s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static BuildClassFunction Instance
            {
                get { return s_instance ?? (s_instance = new BuildClassFunction()); }
            }

            private static readonly PyType s_type = PyType.Native("builtin_function_or_method", null, null);

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object Call(object[] args, int argc, int kwc)
            {
                return BuildClass(args, argc, kwc);
            }
        }
    }
}
