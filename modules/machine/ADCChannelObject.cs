using MicroPy.Core;

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

        private readonly int _channel;
        private readonly int _bits;
        private bool _enabled = true;

        public ADCChannelObject(int channel, int bits)
        {
            _channel = channel;
            _bits = bits;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private object Value()
        {
            if (!_enabled)
            {
                throw Err.OS(MachineArgs.EIO, "ADC channel is disabled");
            }
            return PyInt.Create(ADCObject.ReadChannel(_channel, _bits));
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            Ops.CheckArgs("ADCChannel", argc, kwc, 0, 0);
            return Value();
        }

        public override string Repr()
        {
            return "ADCChannel(" + Ops.IntToString(_channel) + ")";
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
                    case 0:
                        return self.Value();
                    case 1:
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
