namespace MicroPy.Core
{
    /// <summary>Methods of the fallback open()'s file objects.</summary>
    public sealed class SimpleFileTable : NativeTable
    {
        private static SimpleFileTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static SimpleFileTable Instance
        {
            get { return s_instance ?? (s_instance = new SimpleFileTable()); }
        }

        private SimpleFileTable() : base(new string[]
        {
            "read", "readline", "readlines", "write", "close", "flush", "seek", "tell", "__enter__", "__exit__",
        })
        {
        }

        private static long Size(object[] args, int argc)
        {
            return argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            SimpleFile f = Ops.NativeSelf(args[0]) as SimpleFile;
            if (f == null)
            {
                throw Err.Type("descriptor '" + Names[id] + "' requires a file object");
            }
            switch (id)
            {
                case 0:
                    return f.Read(Size(args, argc));
                case 1:
                    return f.ReadLine(Size(args, argc));
                case 2:
                    {
                        PyList l = new PyList();
                        object line;
                        while ((line = f.Next()) != null)
                        {
                            l.Append(line);
                        }
                        return l;
                    }
                case 3:
                    Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                    return PyInt.Create(f.Write(args[1]));
                case 4:
                case 9:
                    f.Close();
                    return PyNone.None;
                case 5:
                    f.Flush();
                    return PyNone.None;
                case 6:
                    Ops.CheckArgs("seek", argc - 1, kwc, 1, 2);
                    return PyInt.Create(f.Seek(Ops.ToLong(args[1]), argc > 2 ? (int)Ops.ToLong(args[2]) : 0));
                case 7:
                    return PyInt.Create(f.Tell());
                default:
                    return args[0];
            }
        }
    }
}
