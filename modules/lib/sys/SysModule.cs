using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>sys: the seed's members (argv, byteorder, exit, implementation, maxsize, modules, path, platform,
    /// print_exception, stdin/stdout/stderr, version, version_info) and exc_info.</summary>
    public sealed class SysModule : NativeModule
    {
        private static SysModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static SysModule Instance
        {
            get { return s_instance ?? (s_instance = new SysModule()); }
        }

        private const int Exit = 0;
        private const int PrintException = 1;
        private const int ByteOrder = 2;
        private const int MaxSize = 3;
        private const int Version = 4;
        private const int VersionInfo = 5;
        private const int PlatformName = 6;
        private const int Implementation = 7;
        private const int ExcInfo = 8;

        public static readonly ConsoleStream Stdin = new ConsoleStream(0);
        public static readonly ConsoleStream Stdout = new ConsoleStream(1);
        public static readonly ConsoleStream Stderr = new ConsoleStream(2);

        private SysModule() : base("sys", new string[]
        {
            "exit", "print_exception", "byteorder", "maxsize", "version", "version_info", "platform", "implementation",
            "exc_info",
        })
        {
        }

        public override int Kind(int id)
        {
            return id <= PrintException || id == ExcInfo ? MemberMethod : MemberValue;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case ByteOrder:
                    return "little";
                case MaxSize:
                    return PyInt.Create(long.MaxValue);
                case Version:
                    return "3.4.0";
                case VersionInfo:
                    return new PyTuple(new object[] { PyInt.Create(3), PyInt.Create(4), PyInt.Create(0) });
                case PlatformName:
                    return Platform.Name;
                case Implementation:
                    return new ImplementationInfo();
            }
            return PyNone.None;
        }

        public override void Init(PyModule module, PyDict dict)
        {
            Interp interp = Interp.Current;
            dict.SetStr("argv", interp.Argv);
            dict.SetStr("path", interp.Path);
            dict.SetStr("modules", interp.Modules);
            dict.SetStr("stdin", Stdin);
            dict.SetStr("stdout", Stdout);
            dict.SetStr("stderr", Stderr);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Exit:
                    Ops.CheckArgs("exit", argc, kwc, 0, 1);
                    throw new PyException(PyBaseException.CreateArgs(PyExc.SystemExit, argc == 0 ? new object[0] : new object[] { args[0] }));
                case ExcInfo:
                    {
                        // (type, value, traceback) of the exception being handled; MicroPython gives no traceback.
                        Ops.CheckArgs("exc_info", argc, kwc, 0, 0);
                        PyBaseException h = Vm.HandledException();
                        if (h == null)
                        {
                            return new PyTuple(new object[] { PyNone.None, PyNone.None, PyNone.None });
                        }
                        return new PyTuple(new object[] { h.Type, h, PyNone.None });
                    }
                case PrintException:
                    {
                        Ops.CheckArgs("print_exception", argc, 0, 1, 2);
                        PyBaseException e = args[0] as PyBaseException;
                        if (e == null)
                        {
                            throw Err.Type("print_exception() argument must be an exception");
                        }
                        object file = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "file");
                        string text = Interp.FormatException(e);
                        if (file == null || file == (object)PyNone.None)
                        {
                            Interp.Current.Write(text);
                        }
                        else
                        {
                            Ops.CallMethod1(file, "write", text);
                        }
                        return PyNone.None;
                    }
            }
            return PyNone.None;
        }

        /// <summary>sys.implementation: name and version (MicroPython 1.8.2).</summary>
        private sealed class ImplementationInfo : PyObject
        {
            private static readonly PyType s_type = PyType.Native("implementation", null, null);

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object GetAttr(string name)
            {
                if (name == "name")
                {
                    return "micropython";
                }
                if (name == "version")
                {
                    return new PyTuple(new object[] { PyInt.Create(1), PyInt.Create(8), PyInt.Create(2) });
                }
                return base.GetAttr(name);
            }

            public override string Repr()
            {
                return "(name='micropython', version=(1, 8, 2))";
            }
        }
    }
}
