using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated DHT11 or DHT22 (AM2302) on a pin, answering the start signal as its datasheet times it: the host
    /// holds the line low (DHT11 at least 18 ms, DHT22 at least 1 ms) and releases it; 30 us later the sensor pulls it
    /// low for 80 us, lets it go high for 80 us, then sends 40 bits, each 50 us low and then high for 26 us (0) or 70 us (1),
    /// most significant first: humidity, temperature and their 8-bit sum (DHT11: whole units in bytes 0 and 2; DHT22:
    /// tenths in 16 bits, the temperature's top bit its sign); a last 50 us low, then it lets go. A start signal too
    /// short, or sooner than the sampling period (DHT11 1 s, DHT22 2 s) after the last one, is a protocol error (the
    /// sensor still answers). sim.dht(pin, kind=22, temp=20.0, humidity=50.0) attaches one: temperature([t]),
    /// humidity([h]), reads(), errors().
    /// </summary>
    public sealed class SimDht : PyObject, ISimPinListener
    {
        private static PyType s_type;

        private readonly SimBoard _board;
        private readonly SimPin _pin;
        private readonly bool _dht22;
        private double _temp;
        private double _humidity;
        private long _fallNs = -1;
        private long _lastReadUs = -1;
        private int _reads;
        private int _errors;
        private bool _self;

        public SimDht(SimBoard board, SimPin pin, bool dht22, double temp, double humidity)
        {
            _board = board;
            _pin = pin;
            _dht22 = dht22;
            _temp = temp;
            _humidity = humidity;
        }

        public override PyType Type
        {
            get { return s_type ?? (s_type = PyType.Native("DHT", Table.Instance, null)); }
        }

        public void OnEdge(SimPin pin, int level, long ns)
        {
            if (_self)
            {
                return;
            }
            if (level == 0)
            {
                _fallNs = ns;
                return;
            }
            if (_fallNs < 0)
            {
                return;
            }
            long low = (ns - _fallNs) / 1000;
            _fallNs = -1;
            if (low < (_dht22 ? 1000 : 18000))
            {
                _errors++;
                return;
            }
            long now = ns / 1000;
            if (_lastReadUs >= 0 && now - _lastReadUs < (_dht22 ? 2000000 : 1000000))
            {
                _errors++;
            }
            _lastReadUs = now;
            _reads++;
            Answer(now + 30);
        }

        private static int Round(double v)
        {
            return (int)(v >= 0 ? v + 0.5 : v - 0.5);
        }

        private byte[] Frame()
        {
            byte[] d = new byte[5];
            double h = _humidity < 0 ? 0 : _humidity > 100 ? 100 : _humidity;
            if (_dht22)
            {
                int hv = Round(h * 10);
                double tc = _temp < -40 ? -40 : _temp > 80 ? 80 : _temp;
                int tv = Round(tc * 10);
                int ta = tv < 0 ? -tv : tv;
                d[0] = (byte)(hv >> 8);
                d[1] = (byte)hv;
                d[2] = (byte)((ta >> 8) | (tv < 0 ? 0x80 : 0));
                d[3] = (byte)ta;
            }
            else
            {
                double tc = _temp < 0 ? 0 : _temp > 50 ? 50 : _temp;
                d[0] = (byte)Round(h);
                d[2] = (byte)Round(tc);
            }
            d[4] = (byte)(d[0] + d[1] + d[2] + d[3]);
            return d;
        }

        private void Level(long atUs, int level)
        {
            _board.Schedule(atUs, 0, delegate
            {
                _self = true;
                try
                {
                    _pin.Drive(level);
                }
                finally
                {
                    _self = false;
                }
            });
        }

        private void Answer(long t)
        {
            byte[] d = Frame();
            Level(t, 0);
            t += 80;
            Level(t, -1);
            t += 80;
            for (int i = 0; i < 40; i++)
            {
                Level(t, 0);
                t += 50;
                Level(t, -1);
                t += ((d[i >> 3] >> (7 - (i & 7))) & 1) != 0 ? 70 : 26;
            }
            Level(t, 0);
            Level(t + 50, -1);
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "temperature", "humidity", "reads", "errors" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Temperature = 0;
                public const int Humidity = 1;
                public const int Reads = 2;
                public const int Errors = 3;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimDht d = (SimDht)Ops.NativeSelf(args[0]);
                Ops.CheckArgs(Names[id], argc - 1, kwc, 0, id < Id.Reads ? 1 : 0);
                switch (id)
                {
                    case Id.Temperature:
                        if (argc == 1)
                        {
                            return new PyFloat(d._temp);
                        }
                        d._temp = Ops.ToDouble(args[1]);
                        return PyNone.None;
                    case Id.Humidity:
                        if (argc == 1)
                        {
                            return new PyFloat(d._humidity);
                        }
                        d._humidity = Ops.ToDouble(args[1]);
                        return PyNone.None;
                    case Id.Reads:
                        return PyInt.Create(d._reads);
                    default:
                        return PyInt.Create(d._errors);
                }
            }
        }
    }
}
