using MicroPy.Objects;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated WS2812 strip on a pin, decoding the bit stream from the pin's edges with the datasheet's timing
    /// (WS2812B, 800 kHz: T0H 0.40 us, T0L 0.85 us, T1H 0.80 us, T1L 0.45 us, each +-150 ns; the 400 kHz mode of
    /// the WS2811: T0H 0.5, T0L 2.0, T1H 1.2, T1L 1.3 us): a high time decides the bit, a low of 50 us or more
    /// (RES) latches the frame. Each LED takes the first 24 bits it sees (G, R, B, most significant bit first; 32
    /// with white) and passes the rest on. A pulse outside the tolerances is a protocol error: the frame is dropped.
    /// sim.neopixel(pin, n, bpp=3, timing=1) attaches one; colors() gives the latched (r, g, b[, w]) of each LED.
    /// </summary>
    public sealed class SimNeoPixel : PyObject, ISimPinListener
    {
        private static PyType s_type;
        private const long Tolerance = 150;
        private const long ResetNs = 50000;

        private readonly SimBoard _board;
        private readonly SimPin _pin;
        private readonly int _n;
        private readonly int _bpp;
        private readonly long _t0h, _t0l, _t1h, _t1l;
        private readonly byte[] _shown;
        private readonly byte[] _incoming;
        private int _bits;
        private int _lastBit = -1;
        private bool _bad;
        private long _rise = -1;
        private long _fall = -1;
        private int _frames;
        private int _errors;

        public SimNeoPixel(SimBoard board, SimPin pin, int n, int bpp, bool fast)
        {
            _board = board;
            _pin = pin;
            _n = n;
            _bpp = bpp;
            _t0h = fast ? 400 : 500;
            _t0l = fast ? 850 : 2000;
            _t1h = fast ? 800 : 1200;
            _t1l = fast ? 450 : 1300;
            _shown = new byte[n * bpp];
            _incoming = new byte[n * bpp];
        }

        public override PyType Type
        {
            get { return s_type ?? (s_type = PyType.Native("NeoPixelStrip", Table.Instance, null)); }
        }

        private static bool Near(long t, long nominal)
        {
            return t >= nominal - Tolerance && t <= nominal + Tolerance;
        }

        public void OnEdge(SimPin pin, int level, long ns)
        {
            if (level == 1)
            {
                if (_fall >= 0 && ns - _fall >= ResetNs)
                {
                    Latch();
                }
                else if (_fall >= 0 && _lastBit >= 0 && !Near(ns - _fall, _lastBit == 1 ? _t1l : _t0l))
                {
                    Error();
                }
                _rise = ns;
                return;
            }
            if (_rise < 0)
            {
                _fall = ns;
                return;
            }
            long high = ns - _rise;
            _fall = ns;
            _rise = -1;
            int bit = Near(high, _t0h) ? 0 : Near(high, _t1h) ? 1 : -1;
            if (bit < 0)
            {
                Error();
                return;
            }
            _lastBit = bit;
            if (_bits < _incoming.Length * 8)
            {
                int i = _bits >> 3;
                _incoming[i] = (byte)((_incoming[i] << 1) | bit);
            }
            _bits++;
        }

        private void Error()
        {
            if (!_bad)
            {
                _errors++;
            }
            _bad = true;
            _lastBit = -1;
        }

        /// <summary>End of frame: the LEDs that got all their bits show them.</summary>
        private void Latch()
        {
            if (_bits > 0 && !_bad)
            {
                int whole = _bits / (8 * _bpp) * _bpp;
                for (int i = 0; i < whole && i < _shown.Length; i++)
                {
                    _shown[i] = _incoming[i];
                }
                _frames++;
            }
            _bits = 0;
            _bad = false;
            _lastBit = -1;
        }

        /// <summary>A line that has been low for RES latches without waiting for the next edge.</summary>
        private void Settle()
        {
            lock (_board.Sync)
            {
                if (_rise < 0 && _fall >= 0 && _pin.Level == 0 && _board.NowUs * 1000 - _fall >= ResetNs)
                {
                    Latch();
                    _fall = -1;
                }
            }
        }

        private object Color(int i)
        {
            int o = i * _bpp;
            object[] c = new object[_bpp];
            c[0] = PyInt.Create(_shown[o + 1]);
            c[1] = PyInt.Create(_shown[o]);
            c[2] = PyInt.Create(_shown[o + 2]);
            if (_bpp == 4)
            {
                c[3] = PyInt.Create(_shown[o + 3]);
            }
            return new PyTuple(c);
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "colors", "frames", "errors" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Colors = 0;
                public const int Frames = 1;
                public const int Errors = 2;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimNeoPixel s = (SimNeoPixel)Ops.NativeSelf(args[0]);
                Ops.CheckArgs(Names[id], argc - 1, kwc, 0, 0);
                s.Settle();
                switch (id)
                {
                    case Id.Colors:
                        {
                            PyList l = new PyList();
                            for (int i = 0; i < s._n; i++)
                            {
                                l.Append(s.Color(i));
                            }
                            return l;
                        }
                    case Id.Frames:
                        return PyInt.Create(s._frames);
                    default:
                        return PyInt.Create(s._errors);
                }
            }
        }
    }
}
