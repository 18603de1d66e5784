using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.WDT(id=0, timeout=5000): started on creation, cannot be stopped; feed() restarts it.</summary>
    public sealed class WDTObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("WDT", WDTTable.Instance, null)); }
        }

        private IWatchdog _wdt;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static bool s_started;

        /// <summary>A board reset stops the watchdog (see the HAL), so a new one may be started.</summary>
        internal static void ResetAll()
        {
            s_started = false;
        }

        public override string Repr()
        {
            return "<WDT>";
        }

        private sealed class WDTTable : NativeTable
        {
            private static WDTTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static WDTTable Instance
            {
                get { return s_instance ?? (s_instance = new WDTTable()); }
            }

            private static readonly string[] s_kw = new string[] { "id", "timeout" };

            private WDTTable() : base(new string[] { "feed", "deinit" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                MachineArgs.CheckKw("WDT", args, argc, kwc, s_kw);
                MachineArgs.MaxPos("WDT", argc, 2);
                int id = MachineArgs.Int(args, argc, kwc, 0, "id", 0);
                int timeout = MachineArgs.Int(args, argc, kwc, 1, "timeout", 5000);
                if (id != 0)
                {
                    throw Err.Value("WDT(" + Ops.IntToString(id) + ") doesn't exist");
                }
                if (timeout < 1000)
                {
                    throw Err.Value("WDT timeout must be at least 1000 ms");
                }
                IWatchdog w = MachineArgs.Hardware().Watchdog;
                if (w == null)
                {
                    throw Err.OS(OsErrno.ENODEV, "no watchdog");
                }
                if (s_started)
                {
                    throw Err.OS(OsErrno.EINVAL, "the WDT is running; it can't be reconfigured");
                }
                w.Start(timeout);
                s_started = true;
                WDTObject o = new WDTObject();
                o._wdt = w;
                return o;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                WDTObject self = Ops.NativeSelf(args[0]) as WDTObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'WDT' object");
                }
                Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                if (id == 0)
                {
                    self._wdt.Feed();
                    return PyNone.None;
                }
                throw Err.OS(OsErrno.EINVAL, "a started WDT cannot be stopped");
            }
        }
    }
}
