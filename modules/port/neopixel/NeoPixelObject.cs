using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;
using MicroPy.Modules.Machine;

namespace MicroPy.Modules.Neopixel
{
    /// <summary>
    /// neopixel.NeoPixel(pin, n, bpp=3, timing=1), as MicroPython's esp8266/ESP32 driver: np[i] = (r, g, b[, w]),
    /// np[i], len(np), fill(colour), write(); attributes pin, n, bpp, buf (the bytes in wire order G, R, B[, W]).
    /// write() sends the buffer as one RMT pulse train, most significant bit first, with the WS2812B datasheet's
    /// nominal times (800 kHz, timing=1: a 0 is 0.40 us high, 0.85 us low; a 1 is 0.80 us high, 0.45 us low) or
    /// the WS2811's 400 kHz ones (timing=0: 0.5/2.0 and 1.2/1.3 us).
    /// </summary>
    public sealed class NeoPixelObject : PyObject
    {
        private static PyType s_typeObject;

        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("NeoPixel", NeoPixelTable.Instance, null)); }
        }

        private const int TickNs = 25;

        private object _pin;
        private IPulseOut _out;
        private int _n;
        private int _bpp;
        private bool _fast;
        private PyByteArray _buf;
        private byte[] _items;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object GetAttr(string name)
        {
            switch (name)
            {
                case "pin": return _pin;
                case "n": return PyInt.Create(_n);
                case "bpp": return PyInt.Create(_bpp);
                case "buf": return _buf;
            }
            return base.GetAttr(name);
        }

        public override int Len()
        {
            return _n;
        }

        private int Index(object key)
        {
            CheckBuf();
            long i = Ops.ToLong(key);
            if (i < 0)
            {
                i += _n;
            }
            if (i < 0 || i >= _n)
            {
                throw Err.Index("NeoPixel index out of range");
            }
            return (int)i * _bpp;
        }

        public override object GetItem(object key)
        {
            int o = Index(key);
            byte[] b = _buf.Data;
            object[] c = new object[_bpp];
            c[0] = PyInt.Create(b[o + 1]);
            c[1] = PyInt.Create(b[o]);
            c[2] = PyInt.Create(b[o + 2]);
            if (_bpp == 4)
            {
                c[3] = PyInt.Create(b[o + 3]);
            }
            return new PyTuple(c);
        }

        public override void SetItem(object key, object value)
        {
            Set(Index(key), value);
        }

        private void Set(int o, object value)
        {
            object[] c = Ops.ToArray(value);
            if (c.Length < _bpp)
            {
                throw Err.Value("colour needs " + Ops.IntToString(_bpp) + " values");
            }
            byte[] b = _buf.Data;
            for (int i = 0; i < _bpp; i++)
            {
                long v = Ops.ToLong(c[i]);
                if (v < 0 || v > 255)
                {
                    throw Err.Value("colour values must be 0..255");
                }
                // Wire order G, R, B, W: the first two swap places.
                b[o + (i < 2 ? 1 - i : i)] = (byte)v;
            }
        }

        private void CheckBuf()
        {
            if (_buf.Count != _n * _bpp)
            {
                throw Err.Value("buf was resized");
            }
        }

        private void Write()
        {
            byte[] b = _buf.Data;
            int bits = _n * _bpp * 8;
            if (_items == null)
            {
                _items = new byte[bits * 4];
            }
            int h0 = (_fast ? 400 : 500) / TickNs;
            int l0 = (_fast ? 850 : 2000) / TickNs;
            int h1 = (_fast ? 800 : 1200) / TickNs;
            int l1 = (_fast ? 450 : 1300) / TickNs;
            byte[] it = _items;
            for (int k = 0; k < bits; k++)
            {
                bool one = (b[k >> 3] & (0x80 >> (k & 7))) != 0;
                int j = 4 * k;
                it[j] = (byte)(one ? h1 : h0);
                it[j + 1] = 0x80;
                it[j + 2] = (byte)(one ? l1 : l0);
                it[j + 3] = 0;
            }
            _out.Send(it, bits, TickNs);
        }

        private sealed class NeoPixelTable : NativeTable
        {
            private static NeoPixelTable s_instance;

            public static NeoPixelTable Instance
            {
                get { return s_instance ?? (s_instance = new NeoPixelTable()); }
            }

            private static readonly string[] s_kw = new string[] { "bpp", "timing" };

            private NeoPixelTable() : base(new string[] { "write", "fill" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                MachineArgs.CheckKw("NeoPixel", args, argc, kwc, s_kw);
                if (argc < 2 || argc > 4)
                {
                    throw Err.Type("NeoPixel(pin, n, bpp=3, timing=1)");
                }
                NeoPixelObject np = new NeoPixelObject();
                int pin = MachineArgs.PinNumber(args[0]);
                long n = Ops.ToLong(args[1]);
                int bpp = MachineArgs.Int(args, argc, kwc, 2, "bpp", 3);
                object t = MachineArgs.Get(args, argc, kwc, 3, "timing");
                if (n < 1 || n > 4096)
                {
                    throw Err.Value("n must be 1..4096");
                }
                if (bpp != 3 && bpp != 4)
                {
                    throw Err.Value("bpp must be 3 or 4");
                }
                np._out = MachineArgs.Hardware().OpenPulseOut(pin);
                if (np._out == null)
                {
                    throw Err.Value("Pin(" + Ops.IntToString(pin) + ") can't send a pulse train");
                }
                np._pin = args[0];
                np._n = (int)n;
                np._bpp = bpp;
                np._fast = t == null || Ops.IsTrue(t);
                np._buf = new PyByteArray(new byte[n * bpp], (int)n * bpp);
                return np;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                NeoPixelObject self = Ops.NativeSelf(args[0]) as NeoPixelObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'NeoPixel' object");
                }
                if (id == 0)
                {
                    Ops.CheckArgs("write", argc - 1, kwc, 0, 0);
                    self.CheckBuf();
                    self.Write();
                }
                else
                {
                    Ops.CheckArgs("fill", argc - 1, kwc, 1, 1);
                    self.CheckBuf();
                    for (int i = 0; i < self._n; i++)
                    {
                        self.Set(i * self._bpp, args[1]);
                    }
                }
                return PyNone.None;
            }
        }
    }
}
