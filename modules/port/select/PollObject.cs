using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>A select.poll() object: registered streams with their event masks.</summary>
    public sealed class PollObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("poll", PollTable.Instance, null)); }
        }

        private object[] _objs = new object[4];
        private int[] _masks = new int[4];
        private int _count;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private int IndexOf(object o)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_objs[i] == o)
                {
                    return i;
                }
            }
            return -1;
        }

        public void Register(object o, int mask)
        {
            int i = IndexOf(o);
            if (i >= 0)
            {
                _masks[i] = mask;
                return;
            }
            if (_count == _objs.Length)
            {
                object[] g = new object[_count * 2];
                int[] m = new int[_count * 2];
                System.Array.Copy(_objs, g, _count);
                System.Array.Copy(_masks, m, _count);
                _objs = g;
                _masks = m;
            }
            _objs[_count] = o;
            _masks[_count] = mask;
            _count++;
        }

        /// <summary>
        /// A registered open socket and its event mask, or null. Network peers run in real time, not on the simulated
        /// board's virtual clock, so a wait that includes a socket is timed by the socket's own blocking poll.
        /// </summary>
        public SocketObject RealTimeSocket(out int events)
        {
            for (int i = 0; i < _count; i++)
            {
                SocketObject s = Ops.NativeSelf(_objs[i]) as SocketObject;
                if (s != null && s.IsOpen)
                {
                    events = _masks[i];
                    return s;
                }
            }
            events = 0;
            return null;
        }

        /// <summary>(obj, events) for every registered object with a ready event.</summary>
        public PyList Check()
        {
            PyList r = new PyList();
            for (int i = 0; i < _count; i++)
            {
                int ev = SelectModule.Ready(_objs[i], _masks[i] | SelectModule.PollErr | SelectModule.PollHup);
                ev &= _masks[i] | SelectModule.PollErr | SelectModule.PollHup;
                if (ev != 0)
                {
                    r.Append(new PyTuple(new object[] { _objs[i], PyInt.Create(ev) }));
                }
            }
            return r;
        }

        private sealed class PollTable : NativeTable
        {
            private static PollTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static PollTable Instance
            {
                get { return s_instance ?? (s_instance = new PollTable()); }
            }

            private PollTable() : base(new string[] { "register", "unregister", "modify", "poll", "ipoll" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Register = 0;
                public const int Unregister = 1;
                public const int Modify = 2;
                public const int Poll = 3;
                public const int Ipoll = 4;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PollObject p = (PollObject)args[0];
                switch (id)
                {
                    case Id.Register:
                        Ops.CheckArgs("register", argc - 1, kwc, 1, 2);
                        SelectModule.Ready(args[1], 0);
                        p.Register(args[1], argc > 2 ? (int)Ops.ToLong(args[2]) : SelectModule.PollIn | SelectModule.PollOut);
                        return PyNone.None;
                    case Id.Unregister:
                        {
                            Ops.CheckArgs("unregister", argc - 1, kwc, 1, 1);
                            int i = p.IndexOf(args[1]);
                            if (i < 0)
                            {
                                throw Err.Key(args[1]);
                            }
                            System.Array.Copy(p._objs, i + 1, p._objs, i, p._count - i - 1);
                            System.Array.Copy(p._masks, i + 1, p._masks, i, p._count - i - 1);
                            p._count--;
                            p._objs[p._count] = null;
                            return PyNone.None;
                        }
                    case Id.Modify:
                        {
                            Ops.CheckArgs("modify", argc - 1, kwc, 2, 2);
                            int i = p.IndexOf(args[1]);
                            if (i < 0)
                            {
                                throw Err.OS(OsErrno.ENOENT);
                            }
                            p._masks[i] = (int)Ops.ToLong(args[2]);
                            return PyNone.None;
                        }
                    default:
                        {
                            Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 2);
                            long timeout = argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1;
                            PyList r;
                            SelectModule.Wait(timeout, p, out r);
                            return id == Id.Poll ? (object)r : r.Iter();
                        }
                }
            }
        }
    }
}
