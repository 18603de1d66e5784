using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.Pin: one object per GPIO number, over the board's IGpioPin.</summary>
    public sealed class PinObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("Pin", PinTable.Instance, null)); }
        }

        private static PinObject[] s_pins = new PinObject[64];

        public readonly int Number;
        public readonly IGpioPin Hw;
        public int Mode = GpioConst.ModeIn;
        public int Pull = GpioConst.PullNone;
        public int Drive = GpioConst.MedPower;
        /// <summary>Alternate function index in ALT modes, -1 for GPIO.</summary>
        public int Alt = -1;
        public IrqHandler Irq;

        private PinObject(int number, IGpioPin hw)
        {
            Number = number;
            Hw = hw;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        /// <summary>The Pin object for a GPIO number (validated against the board).</summary>
        public static PinObject Get(int number)
        {
            if (number >= s_pins.Length)
            {
                PinObject[] bigger = new PinObject[number + 16];
                for (int i = 0; i < s_pins.Length; i++)
                {
                    bigger[i] = s_pins[i];
                }
                s_pins = bigger;
            }
            PinObject p = s_pins[number];
            if (p == null)
            {
                IGpioPin hw = MachineArgs.Hardware().OpenPin(number);
                if (hw == null)
                {
                    throw Err.Value("invalid pin " + Ops.IntToString(number) + "; " + MachineArgs.PinList(MachineArgs.Hardware().Board));
                }
                p = new PinObject(number, hw);
                s_pins[number] = p;
            }
            return p;
        }

        /// <summary>The pin objects created so far (null entries for unused numbers).</summary>
        internal static PinObject[] All
        {
            get { return s_pins; }
        }

        /// <summary>Forgets all pins (soft reset): IRQs are disabled, objects recreated on next use.</summary>
        public static void ResetAll()
        {
            for (int i = 0; i < s_pins.Length; i++)
            {
                PinObject p = s_pins[i];
                if (p != null && p.Irq != null)
                {
                    p.Hw.SetIrq(0, null);
                }
                s_pins[i] = null;
            }
        }

        /// <summary>The board's name for a pin number ("GP5", "GPIO5"), or its number.</summary>
        public static string NameOf(int number)
        {
            BoardDefinition b = MachineArgs.Hardware().Board;
            for (int i = 0; i < b.PinNames.Length; i++)
            {
                if (b.PinNumbers[i] == number)
                {
                    return b.PinNames[i];
                }
            }
            return Ops.IntToString(number);
        }

        public int Read()
        {
            return Hw.Read();
        }

        public void Write(object v)
        {
            Hw.Write(Ops.IsTrue(v) ? 1 : 0);
        }

        private static bool IsInputOnly(int number)
        {
            int[] io = MachineArgs.Hardware().Board.InputOnlyPins;
            if (io != null)
            {
                for (int i = 0; i < io.Length; i++)
                {
                    if (io[i] == number)
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        private int CheckMode(object v)
        {
            long m = Ops.ToLong(v);
            if (m < GpioConst.ModeIn || m > GpioConst.ModeAltOpenDrain)
            {
                throw Err.Value("invalid pin mode: " + Ops.LongToString(m));
            }
            if (m != GpioConst.ModeIn && IsInputOnly(Number))
            {
                throw Err.Value(NameOf(Number) + " is input-only");
            }
            return (int)m;
        }

        private int CheckPull(object v)
        {
            if (v == PyNone.None)
            {
                return GpioConst.PullNone;
            }
            long p = Ops.ToLong(v);
            if (p != GpioConst.PullUp && p != GpioConst.PullDown)
            {
                throw Err.Value("invalid pin pull: " + Ops.LongToString(p));
            }
            if (IsInputOnly(Number))
            {
                throw Err.Value(NameOf(Number) + " has no pull resistors");
            }
            return (int)p;
        }

        private static int CheckDrive(object v)
        {
            long d = Ops.ToLong(v);
            if (d < GpioConst.LowPower || d > GpioConst.HighPower)
            {
                throw Err.Value("invalid pin drive: " + Ops.LongToString(d));
            }
            return (int)d;
        }

        /// <summary>init(mode, pull=None, *, value, drive=MED_POWER, alt=-1) with args starting after self/id; an
        /// omitted mode stays as it is. Everything is checked before anything changes.</summary>
        public void Init(object[] args, int first, int argc, int kwc)
        {
            int n = argc - first;
            if (n > 2)
            {
                throw Err.Type("Pin.init() takes at most 2 positional arguments after the pin");
            }
            MachineArgs.CheckKw("Pin", args, argc, kwc, s_initKw);
            object v = n > 0 ? args[first] : Ops.KwArg(args, argc, kwc, "mode");
            int mode = v != null && v != PyNone.None ? CheckMode(v) : Mode;
            v = n > 1 ? args[first + 1] : Ops.KwArg(args, argc, kwc, "pull");
            int pull = v != null ? CheckPull(v) : GpioConst.PullNone;
            object value = Ops.KwArg(args, argc, kwc, "value");
            v = Ops.KwArg(args, argc, kwc, "drive");
            int drive = v != null && v != PyNone.None ? CheckDrive(v) : GpioConst.MedPower;
            v = Ops.KwArg(args, argc, kwc, "alt");
            int alt = -1;
            bool altMode = mode == GpioConst.ModeAlt || mode == GpioConst.ModeAltOpenDrain;
            if (v != null && v != PyNone.None)
            {
                long a = Ops.ToLong(v);
                if (!altMode)
                {
                    if (a != -1)
                    {
                        throw Err.Value("alt is only for Pin.ALT and Pin.ALT_OPEN_DRAIN");
                    }
                }
                else if (a < -1 || a > 15 || (a > 0 && !PinAlt.Has(MachineArgs.Hardware().Board, Number, (int)a)))
                {
                    throw Err.Value(NameOf(Number) + " has no alternate function " + Ops.LongToString(a) + " (see alt_list())");
                }
                alt = (int)a;
            }
            else if (altMode)
            {
                alt = Alt;
            }
            // Set the output latch before switching to output so there is no glitch.
            if (value != null && value != PyNone.None)
            {
                Write(value);
            }
            Mode = mode;
            Pull = pull;
            Drive = drive;
            Alt = alt;
            Hw.SetMode(mode, pull);
        }

        private static readonly string[] s_initKw = new string[] { "mode", "pull", "value", "drive", "alt" };

        public override object Call(object[] args, int argc, int kwc)
        {
            if (kwc != 0 || argc > 1)
            {
                throw Err.Type("Pin() takes at most 1 argument");
            }
            if (argc == 0)
            {
                return PyInt.Create(Read());
            }
            Write(args[0]);
            return PyNone.None;
        }

        private static readonly string[] s_modeNames = new string[] { "IN", "OUT", "OPEN_DRAIN", "ALT", "ALT_OPEN_DRAIN" };

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            sb.Append("Pin('").Append(NameOf(Number)).Append("', mode=Pin.").Append(s_modeNames[Mode]);
            sb.Append(", pull=").Append(Pull == GpioConst.PullUp ? "Pin.PULL_UP" : Pull == GpioConst.PullDown ? "Pin.PULL_DOWN" : "None");
            sb.Append(", drive=Pin.").Append(Drive == GpioConst.LowPower ? "LOW_POWER" : Drive == GpioConst.HighPower ? "HIGH_POWER" : "MED_POWER");
            sb.Append(", alt=").Append(Ops.IntToString(Alt)).Append(")");
            return sb.ToString();
        }

        public override int Hash()
        {
            return Number;
        }

        private sealed class PinTable : NativeTable
        {
            private static PinTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static PinTable Instance
            {
                get { return s_instance ?? (s_instance = new PinTable()); }
            }

            private const int Init_ = 0;
            private const int Value = 1;
            private const int On = 2;
            private const int Off = 3;
            private const int Low = 4;
            private const int High = 5;
            private const int Irq_ = 6;
            private const int AltList = 7;
            private const int ModeM = 8;
            private const int PullM = 9;
            private const int DriveM = 10;
            private const int Id = 11;
            private const int Toggle = 12;
            private const int FirstConst = 13;

            private static readonly int[] s_consts = new int[]
            {
                GpioConst.ModeIn, GpioConst.ModeOut, GpioConst.ModeOpenDrain, GpioConst.ModeAlt, GpioConst.ModeAltOpenDrain,
                GpioConst.PullUp, GpioConst.PullDown, GpioConst.LowPower, GpioConst.MedPower, GpioConst.HighPower,
                GpioConst.IrqFalling, GpioConst.IrqRising, GpioConst.IrqLowLevel, GpioConst.IrqHighLevel,
            };

            private PinTable() : base(new string[]
            {
                "init", "value", "on", "off", "low", "high", "irq", "alt_list", "mode", "pull", "drive", "id", "toggle",
                "IN", "OUT", "OPEN_DRAIN", "ALT", "ALT_OPEN_DRAIN", "PULL_UP", "PULL_DOWN", "LOW_POWER", "MED_POWER",
                "HIGH_POWER", "IRQ_FALLING", "IRQ_RISING", "IRQ_LOW_LEVEL", "IRQ_HIGH_LEVEL", "board",
            })
            {
            }

            public override int Kind(int id)
            {
                return id >= FirstConst ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                int k = id - FirstConst;
                if (k < s_consts.Length)
                {
                    return PyInt.Create(s_consts[k]);
                }
                return PinBoard.Instance;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc < 1)
                {
                    throw Err.Type("Pin() missing required argument 'id'");
                }
                PinObject p = Get(MachineArgs.PinNumber(args[0]));
                if (argc > 1 || kwc > 0)
                {
                    p.Init(args, 1, argc, kwc);
                }
                return p;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PinObject self = Ops.NativeSelf(args[0]) as PinObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'Pin' object");
                }
                switch (id)
                {
                    case Init_:
                        self.Init(args, 1, argc, kwc);
                        return PyNone.None;
                    case Value:
                        Ops.CheckArgs("value", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self.Read());
                        }
                        self.Write(args[1]);
                        return PyNone.None;
                    case On:
                    case High:
                        Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                        self.Hw.Write(1);
                        return PyNone.None;
                    case Off:
                    case Low:
                        Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                        self.Hw.Write(0);
                        return PyNone.None;
                    case Toggle:
                        Ops.CheckArgs("toggle", argc - 1, kwc, 0, 0);
                        self.Hw.Write(self.Hw.Read() ^ 1);
                        return PyNone.None;
                    case Irq_:
                        return self.SetIrq(args, argc, kwc);
                    case AltList:
                        Ops.CheckArgs("alt_list", argc - 1, kwc, 0, 0);
                        return PinAlt.List(MachineArgs.Hardware().Board, self.Number);
                    case ModeM:
                        Ops.CheckArgs("mode", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self.Mode);
                        }
                        self.Mode = self.CheckMode(args[1]);
                        self.Hw.SetMode(self.Mode, self.Pull);
                        return PyNone.None;
                    case PullM:
                        Ops.CheckArgs("pull", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return self.Pull == GpioConst.PullNone ? (object)PyNone.None : PyInt.Create(self.Pull);
                        }
                        self.Pull = self.CheckPull(args[1]);
                        self.Hw.SetMode(self.Mode, self.Pull);
                        return PyNone.None;
                    case DriveM:
                        Ops.CheckArgs("drive", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self.Drive);
                        }
                        self.Drive = CheckDrive(args[1]);
                        return PyNone.None;
                    case Id:
                        Ops.CheckArgs("id", argc - 1, kwc, 0, 0);
                        return NameOf(self.Number);
                }
                return PyNone.None;
            }
        }

        private static readonly string[] s_irqKw = new string[] { "trigger", "priority", "handler", "wake", "hard" };

        /// <summary>irq(trigger=IRQ_FALLING|IRQ_RISING, priority=1, handler=None, wake=None, *, hard): the pin has one
        /// irq object, which this (re)configures; wake (machine.IDLE/SLEEP/DEEPSLEEP bits) also makes it a wake source.</summary>
        internal object SetIrq(object[] args, int argc, int kwc)
        {
            MachineArgs.CheckKw("irq", args, argc, kwc, s_irqKw);
            MachineArgs.MaxPos("irq", argc - 1, 4);
            if (argc == 1 && kwc == 0 && Irq != null)
            {
                return Irq;
            }
            int trigger = MachineArgs.Int(args, argc, kwc, 1, "trigger", GpioConst.IrqFalling | GpioConst.IrqRising);
            if (trigger <= 0 || (trigger & ~15) != 0 || ((trigger & 12) != 0 && trigger != GpioConst.IrqLowLevel && trigger != GpioConst.IrqHighLevel))
            {
                throw Err.Value("invalid trigger: " + Ops.IntToString(trigger));
            }
            MachineArgs.Int(args, argc, kwc, 2, "priority", 1);
            object handler = MachineArgs.Get(args, argc, kwc, 3, "handler");
            if (handler != null && handler != PyNone.None && !Ops.IsCallable(handler))
            {
                throw Err.Type("handler must be callable");
            }
            int wake = WakeSources.CheckWake(MachineArgs.Get(args, argc, kwc, 4, "wake"));
            if ((wake & (WakeSources.Sleep | WakeSources.DeepSleep)) != 0)
            {
                if ((trigger & (trigger - 1)) != 0)
                {
                    throw Err.Value("a wake source needs one trigger");
                }
                if (!WakeSources.IsWakePin(Number))
                {
                    throw Err.Value(NameOf(Number) + " can't wake the board from sleep");
                }
                WakeSources.OnePinPerSleepMode(this, wake);
            }
            if (Irq == null)
            {
                Irq = new IrqHandler(null, this, 0, "Pin(" + NameOf(Number) + ")");
            }
            Irq.Handler = handler == null ? PyNone.None : handler;
            Irq.Trigger = trigger;
            Irq.Wake = wake;
            Irq.Disabled = false;
            Irq.Level = (trigger & (GpioConst.IrqLowLevel | GpioConst.IrqHighLevel)) != 0;
            Hw.SetIrq(trigger, Irq);
            Irq.FireIfLevelHolds();
            return Irq;
        }

        /// <summary>True when the pin's level is the one its level trigger waits for.</summary>
        internal bool LevelHolds(int trigger)
        {
            int level = Hw.Read();
            return (trigger == GpioConst.IrqLowLevel && level == 0) || (trigger == GpioConst.IrqHighLevel && level == 1);
        }
    }
}
