using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.SD: enables the board's card slot. On a nanoFramework board the platform's file system then serves the
    /// card as /sd; on the simulated board (ISdCard) os.mount(sd, '/sd') serves it, as on the WiPy (MicroPython
    /// 1.8.2's cc3200 moduos.c), and os.mkfs formats it.
    /// </summary>
    public sealed class SDObject : PyObject, IMountable
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("SD", SDTable.Instance, null)); }
        }

        public bool Enabled;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static readonly string[] s_kw = new string[] { "id", "pins" };

        public IFileSystem MountFiles()
        {
            ISdCard card = MachineArgs.Hardware() as ISdCard;
            return card == null ? null : card.CardFiles;
        }

        public void Format()
        {
            ISdCard card = MachineArgs.Hardware() as ISdCard;
            if (card == null)
            {
                throw Err.OS(OsErrno.EPERM, "this board formats its card with nanoFramework's tools, not os.mkfs");
            }
            card.FormatCard();
        }

        public override string Repr()
        {
            return "<SD>";
        }

        private static readonly string[] s_initKw = new string[] { "pins" };
        private static readonly string[] s_sdFunctions = new string[] { "SD0_CLK", "SD0_CMD", "SD0_DAT0" };

        /// <summary>SD(id=0, pins=(clk, cmd, dat0)) and init(id=0, pins=...) or init(pins).</summary>
        private void Init(object[] args, int first, int argc, int kwc, bool ctor)
        {
            // init(id=0, pins=...) as the seed has it, or init(pins) as the WiPy takes it (a tuple first is the pins).
            bool pinsFirst = !ctor && argc > first && !IntOps.IsInt(args[first]);
            MachineArgs.CheckKw("SD", args, argc, kwc, ctor || !pinsFirst ? s_kw : s_initKw);
            MachineArgs.MaxPos("SD", argc - first, pinsFirst ? 1 : 2);
            if (!pinsFirst)
            {
                int id = MachineArgs.Int(args, argc, kwc, first, "id", 0);
                if (id != 0)
                {
                    throw Err.Value("SD(" + Ops.IntToString(id) + ") doesn't exist");
                }
            }
            object pins = MachineArgs.Get(args, argc, kwc, first + (pinsFirst ? 0 : 1), "pins");
            if (pins != null && pins != PyNone.None)
            {
                object[] p = Ops.ToArray(pins);
                if (p.Length != 3)
                {
                    throw Err.Value("pins must be (clk, cmd, dat0)");
                }
                int[] sdPins = MachineArgs.Hardware().Board.SdPins;
                for (int i = 0; i < 3; i++)
                {
                    int n = MachineArgs.PinNumber(p[i]);
                    PinAlt.Require(n, s_sdFunctions[i]);
                    if (sdPins != null && MachineArgs.Hardware().Board.AltFunctions == null && sdPins[i] != n)
                    {
                        throw Err.Value("the SD slot's " + s_sdFunctions[i] + " is " + PinObject.NameOf(sdPins[i]));
                    }
                }
            }
            if (MachineArgs.Hardware().Board.SdDrive == null)
            {
                throw Err.OS(OsErrno.ENODEV, "this board has no SD card slot");
            }
            MachineArgs.Hardware().MountSd(true);
            Enabled = true;
        }

        private sealed class SDTable : NativeTable
        {
            private static SDTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static SDTable Instance
            {
                get { return s_instance ?? (s_instance = new SDTable()); }
            }

            private SDTable() : base(new string[] { "init", "deinit" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                SDObject o = new SDObject();
                o.Init(args, 0, argc, kwc, true);
                return o;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SDObject self = Ops.NativeSelf(args[0]) as SDObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'SD' object");
                }
                if (id == 0)
                {
                    self.Init(args, 1, argc, kwc, false);
                }
                else if (self.Enabled)
                {
                    MachineArgs.Hardware().MountSd(false);
                    self.Enabled = false;
                }
                return PyNone.None;
            }
        }
    }
}
