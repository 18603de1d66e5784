using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.ADCChannel: value(), calling it, init/deinit.</summary>
    public sealed class ADCChannelObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("ADCChannel", ChannelTable.Instance, null)); }
        }

        private readonly ADCObject _adc;
        private readonly int _channel;
        private bool _enabled = true;

        public ADCChannelObject(ADCObject adc, int channel)
        {
            _adc = adc;
            _channel = channel;
        }

        /// <summary>Enabled, and so is its ADC block.</summary>
        private bool Active
        {
            get { return _enabled && _adc.Enabled; }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private object Value()
        {
            if (!Active)
            {
                throw Err.OS(OsErrno.EIO, "ADC channel is disabled");
            }
            return PyInt.Create(ADCObject.ReadChannel(_channel, _adc.Bits));
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            Ops.CheckArgs("ADCChannel", argc, kwc, 0, 0);
            return Value();
        }

        public override string Repr()
        {
            if (!Active)
            {
                return "ADCChannel(" + Ops.IntToString(_channel) + ")";
            }
            return "ADCChannel(" + Ops.IntToString(_channel) + ", pin=" + PinObject.NameOf(MachineArgs.Hardware().Board.AdcPins[_channel]) + ")";
        }

        private sealed class ChannelTable : NativeTable
        {
            private static ChannelTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ChannelTable Instance
            {
                get { return s_instance ?? (s_instance = new ChannelTable()); }
            }

            private ChannelTable() : base(new string[] { "value", "init", "deinit" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Value = 0;
                public const int Init = 1;
                public const int Deinit = 2;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                ADCChannelObject self = Ops.NativeSelf(args[0]) as ADCChannelObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'ADCChannel' object");
                }
                Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                switch (id)
                {
                    case Id.Value:
                        return self.Value();
                    case Id.Init:
                        if (!self._adc.Enabled)
                        {
                            throw Err.OS(OsErrno.EIO, "ADC is disabled");
                        }
                        self._enabled = true;
                        return PyNone.None;
                    default:
                        self._enabled = false;
                        return PyNone.None;
                }
            }
        }
    }
}
