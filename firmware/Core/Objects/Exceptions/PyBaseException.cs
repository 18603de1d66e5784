namespace MicroPy.Objects
{
    /// <summary>One frame of a traceback, most recent first when walking Next from the raise point outward.</summary>
    public sealed class TracebackEntry
    {
        public string File;
        public int Line;
        public string Function;
        public TracebackEntry Next;
        /// <summary>Activation that added the entry (a re-raise in the same activation adds none).</summary>
        public long FrameId;
    }

    /// <summary>
    /// Instance of BaseException or any subclass (including user subclasses: then Type is the user class and
    /// the instance keeps its own attribute dict).
    /// </summary>
    public sealed class PyBaseException : PyObject
    {
        private PyType _type;
        public object[] Args;
        public PyDict Dict;
        /// <summary>Innermost frame last: entries are prepended as the exception unwinds outward.</summary>
        public TracebackEntry Traceback;
        public PyBaseException Cause;
        public PyBaseException Context;
        public bool SuppressContext;
        public string SyntaxFile;
        public int SyntaxLine;

        public PyBaseException(PyType type, object[] args)
        {
            _type = type;
            Args = args;
        }

        public static PyBaseException Create(PyType type, string msg)
        {
            return new PyBaseException(type, msg == null ? new object[0] : new object[] { msg });
        }

        public static PyBaseException CreateArgs(PyType type, object[] args)
        {
            return new PyBaseException(type, args);
        }

        public override PyType Type
        {
            get { return _type; }
        }

        public bool IsInstance(PyType t)
        {
            return _type.IsSubtypeOf(t);
        }

        /// <summary>Records that the exception passed through a frame.</summary>
        /// <summary>Adds the frame's entry unless the most recent entry is already from this activation.</summary>
        public void AddTracebackFrame(string file, int line, string function, long frameId)
        {
            if (Traceback != null && Traceback.FrameId == frameId && frameId != 0)
            {
                return;
            }
            TracebackEntry t = new TracebackEntry();
            t.File = file;
            t.Line = line;
            t.Function = function;
            t.FrameId = frameId;
            t.Next = Traceback;
            Traceback = t;
        }

        public void AddTraceback(string file, int line, string function)
        {
            TracebackEntry e = new TracebackEntry();
            e.File = file;
            e.Line = line;
            e.Function = function;
            e.Next = Traceback;
            Traceback = e;
        }

        public override object GetAttr(string name)
        {
            if (Dict != null)
            {
                object v = Dict.GetStr(name);
                if (v != null)
                {
                    return v;
                }
            }
            switch (name)
            {
                case "args":
                    return new PyTuple(Args);
                case "errno":
                    if (_type.IsSubtypeOf(PyExc.OSError))
                    {
                        return Args.Length > 0 ? Args[0] : PyNone.None;
                    }
                    break;
                case "strerror":
                    if (_type.IsSubtypeOf(PyExc.OSError))
                    {
                        return Args.Length > 1 ? Args[1] : PyNone.None;
                    }
                    break;
                case "value":
                    if (_type.IsSubtypeOf(PyExc.StopIteration))
                    {
                        return Args.Length > 0 ? Args[0] : PyNone.None;
                    }
                    break;
                case "code":
                    if (_type.IsSubtypeOf(PyExc.SystemExit))
                    {
                        return Args.Length > 0 ? Args[0] : PyNone.None;
                    }
                    break;
                case "__cause__":
                    return Cause != null ? (object)Cause : PyNone.None;
                case "__context__":
                    return Context != null ? (object)Context : PyNone.None;
                case "__traceback__":
                    return PyNone.None;
                case "__suppress_context__":
                    return PyBool.From(SuppressContext);
                case "__dict__":
                    if (Dict == null)
                    {
                        Dict = new PyDict();
                    }
                    return Dict;
            }
            return base.GetAttr(name);
        }

        public override bool SetAttr(string name, object value)
        {
            switch (name)
            {
                case "args":
                    Args = Ops.ToArray(value);
                    return true;
                case "__cause__":
                    Cause = value as PyBaseException;
                    SuppressContext = true;
                    return true;
                case "__context__":
                    Context = value as PyBaseException;
                    return true;
                case "__suppress_context__":
                    SuppressContext = Ops.IsTrue(value);
                    return true;
            }
            if (Dict == null)
            {
                Dict = new PyDict();
            }
            Dict.SetStr(name, value);
            return true;
        }

        public override string Str()
        {
            if (_type.IsUser)
            {
                object f = _type.Lookup("__str__");
                if (f is PyFunctionBase)
                {
                    return Ops.Str(Ops.Call1(f, this));
                }
            }
            if (Args.Length == 0)
            {
                return "";
            }
            if (Args.Length == 1)
            {
                if (_type.IsSubtypeOf(PyExc.KeyError))
                {
                    return Ops.Repr(Args[0]);
                }
                return Ops.Str(Args[0]);
            }
            if (Args.Length == 2 && _type.IsSubtypeOf(PyExc.OSError))
            {
                return "[Errno " + Ops.Str(Args[0]) + "] " + Ops.Str(Args[1]);
            }
            return Ops.Repr(new PyTuple(Args));
        }

        public override string Repr()
        {
            if (_type.IsUser)
            {
                object f = _type.Lookup("__repr__");
                if (f is PyFunctionBase)
                {
                    return Ops.Str(Ops.Call1(f, this));
                }
            }
            if (Args.Length == 1)
            {
                return _type.Name + "(" + Ops.Repr(Args[0]) + ")";
            }
            return _type.Name + Ops.Repr(new PyTuple(Args));
        }

        public override bool IsTrue()
        {
            return true;
        }
    }
}
