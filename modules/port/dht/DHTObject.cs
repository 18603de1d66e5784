using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;
using MicroPy.Modules.Machine;

namespace MicroPy.Modules.Dht
{
    /// <summary>
    /// dht.DHT11(pin) and dht.DHT22(pin), as MicroPython's driver: measure() sends the start signal (the line low for
    /// 18 ms) and reads the 40-bit answer into buf (OSError ETIMEDOUT when no sensor answers, Exception('checksum
    /// error') when the fifth byte is not the sum of the others); temperature() and humidity() decode the last
    /// measurement (DHT11: whole units; DHT22: tenths, the temperature's top bit its sign, divided by 10 so that 234
    /// reads 23.4 as on a board's single-precision floats). A bit is a 1 when its high
    /// level lasts more than 48 us (datasheets: 26-28 us for 0, 70 us for 1).
    /// </summary>
    public sealed class DHTObject : PyObject
    {
        private static PyType s_dht11;
        private static PyType s_dht22;

        public static PyType TypeOf(bool dht22)
        {
            if (dht22)
            {
                return s_dht22 ?? (s_dht22 = PyType.Native("DHT22", Table.Instance, null));
            }
            return s_dht11 ?? (s_dht11 = PyType.Native("DHT11", Table.Instance, null));
        }

        private bool _dht22;
        private object _pin;
        private IPulseIn _in;
        private readonly PyByteArray _buf = new PyByteArray(new byte[5], 5);
        private readonly int[] _durations = new int[84];

        public override PyType Type
        {
            get { return TypeOf(_dht22); }
        }

        public override object GetAttr(string name)
        {
            return name == "pin" ? _pin : name == "buf" ? _buf : base.GetAttr(name);
        }

        private void Measure()
        {
            int[] d = _durations;
            int n = _in.Capture(18000, d, 200);
            // the release (high), the answer's 80 us low and 80 us high, then 40 pairs of a 50 us low and a data high
            if (n < 83)
            {
                throw Err.OS(OsErrno.ETIMEDOUT);
            }
            byte[] b = _buf.Data;
            for (int i = 0; i < 5; i++)
            {
                b[i] = 0;
            }
            for (int i = 0; i < 40; i++)
            {
                if (d[4 + 2 * i] > 48)
                {
                    b[i >> 3] |= (byte)(0x80 >> (i & 7));
                }
            }
            if (((b[0] + b[1] + b[2] + b[3]) & 0xFF) != b[4])
            {
                throw Err.Make(PyExc.Exception, "checksum error");
            }
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "measure", "temperature", "humidity" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Measure = 0;
                public const int Temperature = 1;
                public const int Humidity = 2;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs(cls.Name, argc, kwc, 1, 1);
                int pin = MachineArgs.PinNumber(args[0]);
                DHTObject o = new DHTObject();
                o._dht22 = cls.Name == "DHT22";
                o._in = MachineArgs.Hardware().OpenPulseIn(pin);
                if (o._in == null)
                {
                    throw Err.Value("Pin(" + Ops.IntToString(pin) + ") can't time a DHT answer");
                }
                o._pin = args[0];
                return o;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                DHTObject self = Ops.NativeSelf(args[0]) as DHTObject;
                if (self == null)
                {
                    throw Err.Type("DHT object required");
                }
                Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                byte[] b = self._buf.Data;
                switch (id)
                {
                    case Id.Measure:
                        self.Measure();
                        return PyNone.None;
                    case Id.Temperature:
                        if (!self._dht22)
                        {
                            return PyInt.Create(b[2]);
                        }
                        int t = ((b[2] & 0x7F) << 8) | b[3];
                        return new PyFloat((b[2] & 0x80) != 0 ? -t / 10.0 : t / 10.0);
                    default:
                        if (!self._dht22)
                        {
                            return PyInt.Create(b[0]);
                        }
                        return new PyFloat(((b[0] << 8) | b[1]) / 10.0);
                }
            }
        }
    }
}
