using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.ADC: the seed's block form ADC(id=0, *, bits=12) with channel(), and the esp form ADC(0) /
    /// ADC(Pin(36)) with read(). An ADC made from a pin or a channel number reads that channel.
    /// </summary>
    public sealed class ADCObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("ADC", ADCTable.Instance, null)); }
        }

        private int _id;
        private int _bits = 12;
        private int _channel;
        private bool _enabled = true;

        internal bool Enabled
        {
            get { return _enabled; }
        }

        internal int Bits
        {
            get { return _bits; }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            if (!_enabled)
            {
                return "ADC(" + Ops.IntToString(_id) + ")";
            }
            return "ADC(" + Ops.IntToString(_id) + ", bits=" + Ops.IntToString(_bits) + ")";
        }

        /// <summary>Channel number for a pin (the board's ADC table), or ValueError.</summary>
        internal static int ChannelForPin(int pin)
        {
            BoardDefinition b = MachineArgs.Hardware().Board;
            if (b.AdcPins != null)
            {
                for (int i = 0; i < b.AdcPins.Length; i++)
                {
                    if (b.AdcPins[i] == pin)
                    {
                        return i;
                    }
                }
            }
            throw Err.Value("Pin(" + Ops.IntToString(pin) + ") has no ADC channel");
        }

        internal static void CheckChannel(int ch)
        {
            BoardDefinition b = MachineArgs.Hardware().Board;
            if (b.AdcPins == null || ch < 0 || ch >= b.AdcPins.Length || b.AdcPins[ch] < 0)
            {
                throw Err.Value("invalid ADC channel " + Ops.IntToString(ch));
            }
        }

        /// <summary>Reads a channel scaled to 'bits' resolution.</summary>
        internal static int ReadChannel(int ch, int bits)
        {
            IAdcChannel a = MachineArgs.Hardware().OpenAdc(ch);
            if (a == null)
            {
                throw Err.Value("invalid ADC channel " + Ops.IntToString(ch));
            }
            int raw = a.Read();
            int hb = a.Bits;
            if (hb == bits)
            {
                return raw;
            }
            return hb > bits ? raw >> (hb - bits) : raw << (bits - hb);
        }

        private sealed class ADCTable : NativeTable
        {
            private static ADCTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ADCTable Instance
            {
                get { return s_instance ?? (s_instance = new ADCTable()); }
            }

            private static readonly string[] s_kw = new string[] { "id", "bits" };
            private static readonly string[] s_chKw = new string[] { "id", "pin" };

            private ADCTable() : base(new string[] { "channel", "init", "deinit", "read", "read_u16" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Channel = 0;
                public const int Init = 1;
                public const int Deinit = 2;
                public const int Read = 3;
                public const int ReadU16 = 4;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                MachineArgs.CheckKw("ADC", args, argc, kwc, s_kw);
                MachineArgs.MaxPos("ADC", argc, 1);
                ADCObject o = new ADCObject();
                object idv = MachineArgs.Get(args, argc, kwc, 0, "id");
                if (idv != null && Ops.NativeSelf(idv) is PinObject)
                {
                    o._channel = ChannelForPin(((PinObject)Ops.NativeSelf(idv)).Number);
                }
                else
                {
                    // The board has one ADC block, 0 (its channels come from channel()); read() reads channel 0.
                    long bid = idv == null ? 0 : Ops.ToLong(idv);
                    if (bid != 0)
                    {
                        throw Err.Value("ADC(" + Ops.LongToString(bid) + ") doesn't exist (the ADC block is 0; channels: ADC(0).channel(n))");
                    }
                    CheckChannel(0);
                    o._channel = 0;
                }
                o._bits = MachineArgs.Int(args, argc, kwc, -1, "bits", 12);
                if (o._bits != 12)
                {
                    throw Err.Value("bits must be 12");
                }
                return o;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                ADCObject self = Ops.NativeSelf(args[0]) as ADCObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'ADC' object");
                }
                switch (id)
                {
                    case Id.Channel:
                        {
                            MachineArgs.CheckKw("channel", args, argc, kwc, s_chKw);
                            MachineArgs.MaxPos("channel", argc - 1, 1);
                            object chv = MachineArgs.Get(args, argc, kwc, 1, "id");
                            object pinv = Ops.KwArg(args, argc, kwc, "pin");
                            int ch;
                            if (pinv != null)
                            {
                                ch = ChannelForPin(MachineArgs.PinNumber(pinv));
                                if (chv != null && Ops.ToLong(chv) != ch)
                                {
                                    throw Err.Value("channel and pin don't match");
                                }
                            }
                            else if (chv != null)
                            {
                                ch = (int)Ops.ToLong(chv);
                                CheckChannel(ch);
                            }
                            else
                            {
                                throw Err.Type("channel() needs an id or a pin");
                            }
                            if (!self._enabled)
                            {
                                throw Err.OS(OsErrno.EIO, "ADC is disabled");
                            }
                            return new ADCChannelObject(self, ch);
                        }
                    case Id.Init:
                        Ops.CheckArgs("init", argc - 1, kwc, 0, 0);
                        self._enabled = true;
                        return PyNone.None;
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        self._enabled = false;
                        return PyNone.None;
                    case Id.Read:
                        Ops.CheckArgs("read", argc - 1, kwc, 0, 0);
                        if (!self._enabled)
                        {
                            throw Err.OS(OsErrno.EIO, "ADC is disabled");
                        }
                        return PyInt.Create(ReadChannel(self._channel, self._bits));
                    case Id.ReadU16:
                        Ops.CheckArgs("read_u16", argc - 1, kwc, 0, 0);
                        return PyInt.Create(ReadChannel(self._channel, 16));
                }
                return PyNone.None;
            }
        }
    }
}
