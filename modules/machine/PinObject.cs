using MicroPy.Core;
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

        public int Read()
        {
            return Hw.Read();
        }

        public void Write(object v)
        {
            Hw.Write(Ops.IsTrue(v) ? 1 : 0);
        }

        /// <summary>init(mode=-1, pull=-1, *, value, drive, alt) with args starting after self/id.</summary>
        public void Init(object[] args, int first, int argc, int kwc)
        {
            int mode = Mode;
            int pull = Pull;
            object v;
            int n = argc - first;
            v = n > 0 ? args[first] : Ops.KwArg(args, argc, kwc, "mode");
            if (v != null && v != PyNone.None)
            {
                mode = (int)Ops.ToLong(v);
                if (mode < GpioConst.ModeIn || mode > GpioConst.ModeAltOpenDrain)
                {
                    throw Err.Value("invalid pin mode: " + Ops.IntToString(mode));
                }
            }
            v = n > 1 ? args[first + 1] : Ops.KwArg(args, argc, kwc, "pull");
            if (v != null)
            {
                pull = v == PyNone.None ? GpioConst.PullNone : (int)Ops.ToLong(v);
                if (pull != GpioConst.PullNone && pull != GpioConst.PullUp && pull != GpioConst.PullDown)
                {
                    throw Err.Value("invalid pin pull: " + Ops.IntToString(pull));
                }
            }
            if (n > 2)
            {
                throw Err.Type("Pin.init() takes at most 2 positional arguments after the pin");
            }
            MachineArgs.CheckKw("Pin", args, argc, kwc, s_initKw);
            object value = Ops.KwArg(args, argc, kwc, "value");
            object drive = Ops.KwArg(args, argc, kwc, "drive");
            if (drive != null && drive != PyNone.None)
            {
                int d = (int)Ops.ToLong(drive);
                if (d < GpioConst.LowPower || d > GpioConst.HighPower)
                {
                    throw Err.Value("invalid pin drive: " + Ops.IntToString(d));
                }
                Drive = d;
            }
            // Set the output latch before switching to output so there is no glitch.
            if (value != null && value != PyNone.None)
            {
                Write(value);
            }
            Mode = mode;
            Pull = pull;
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

        public override string Repr()
        {
            return "Pin(" + Ops.IntToString(Number) + ")";
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
            private const int FirstConst = 12;

            private static readonly int[] s_consts = new int[]
            {
                GpioConst.ModeIn, GpioConst.ModeOut, GpioConst.ModeOpenDrain, GpioConst.ModeAlt, GpioConst.ModeAltOpenDrain,
                GpioConst.PullUp, GpioConst.PullDown, GpioConst.LowPower, GpioConst.MedPower, GpioConst.HighPower,
                GpioConst.IrqFalling, GpioConst.IrqRising, GpioConst.IrqLowLevel, GpioConst.IrqHighLevel,
            };

            private PinTable() : base(new string[]
            {
                "init", "value", "on", "off", "low", "high", "irq", "alt_list", "mode", "pull", "drive", "id",
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
                    case Irq_:
                        return self.SetIrq(args, argc, kwc);
                    case AltList:
                        return new PyList();
                    case ModeM:
                        if (argc == 1)
                        {
                            return PyInt.Create(self.Mode);
                        }
                        self.Init(args, 1, argc, kwc);
                        return PyNone.None;
                    case PullM:
                        if (argc == 1)
                        {
                            return self.Pull == GpioConst.PullNone ? (object)PyNone.None : PyInt.Create(self.Pull);
                        }
                        self.Pull = args[1] == PyNone.None ? GpioConst.PullNone : (int)Ops.ToLong(args[1]);
                        self.Hw.SetMode(self.Mode, self.Pull);
                        return PyNone.None;
                    case DriveM:
                        if (argc == 1)
                        {
                            return PyInt.Create(self.Drive);
                        }
                        self.Drive = (int)Ops.ToLong(args[1]);
                        return PyNone.None;
                    case Id:
                        return PyInt.Create(self.Number);
                }
                return PyNone.None;
            }
        }

        private static readonly string[] s_irqKw = new string[] { "handler", "trigger", "priority", "wake", "hard" };

        /// <summary>irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, *, priority, wake, hard).</summary>
        private object SetIrq(object[] args, int argc, int kwc)
        {
            MachineArgs.CheckKw("irq", args, argc, kwc, s_irqKw);
            MachineArgs.MaxPos("irq", argc - 1, 2);
            object handler = MachineArgs.Get(args, argc, kwc, 1, "handler");
            int trigger = MachineArgs.Int(args, argc, kwc, 2, "trigger", GpioConst.IrqFalling | GpioConst.IrqRising);
            if ((trigger & ~15) != 0)
            {
                throw Err.Value("invalid trigger: " + Ops.IntToString(trigger));
            }
            if (argc == 1 && kwc == 0 && Irq != null)
            {
                return Irq;
            }
            if (handler != null && handler != PyNone.None && !Ops.IsCallable(handler))
            {
                throw Err.Type("handler must be callable");
            }
            if (handler == null || handler == PyNone.None)
            {
                Hw.SetIrq(0, null);
                Irq = new IrqHandler(null, this, trigger, "Pin(" + Ops.IntToString(Number) + ")");
                return Irq;
            }
            Irq = new IrqHandler(handler, this, trigger, "Pin(" + Ops.IntToString(Number) + ")");
            Hw.SetIrq(trigger, Irq);
            return Irq;
        }
    }
}
