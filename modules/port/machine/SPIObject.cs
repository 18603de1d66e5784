using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.SPI (master). Accepts the seed's init(mode, baudrate, ...) and SPI(1, baudrate=, sck=, ...).</summary>
    public sealed class SPIObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("SPI", SPITable.Instance, null)); }
        }

        public const int Master = 0;
        public const int Msb = 0;
        public const int Lsb = 1;

        private int _id;
        private int _baudrate = 1000000;
        private int _polarity;
        private int _phase;
        private int _bits = 8;
        private int _firstbit = Msb;
        private int _sck = -1;
        private int _mosi = -1;
        private int _miso = -1;
        private ISpiBus _bus;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static readonly string[] s_kw = new string[]
        {
            "id", "mode", "baudrate", "polarity", "phase", "bits", "firstbit", "sck", "mosi", "miso", "pins",
        };

        private void Init(object[] args, int first, int argc, int kwc)
        {
            MachineArgs.CheckKw("SPI", args, argc, kwc, s_kw);
            IHardware hw = MachineArgs.Hardware();
            // Positional: init(mode, baudrate) as in the seed (mode must be SPI.MASTER).
            MachineArgs.MaxPos("SPI.init", argc - first, 2);
            object v = MachineArgs.Get(args, argc, kwc, first < argc ? first : -1, "mode");
            if (v != null && v != PyNone.None && Ops.ToLong(v) != Master)
            {
                throw Err.Value("SPI mode must be SPI.MASTER");
            }
            v = MachineArgs.Get(args, argc, kwc, first + 1 < argc ? first + 1 : -1, "baudrate");
            if (v != null)
            {
                SetBaud(v);
            }
            _polarity = Bit(args, argc, kwc, "polarity", _polarity);
            _phase = Bit(args, argc, kwc, "phase", _phase);
            v = Ops.KwArg(args, argc, kwc, "bits");
            if (v != null)
            {
                long b = Ops.ToLong(v);
                if (b != 8 && b != 16 && b != 32)
                {
                    throw Err.Value("bits must be 8, 16 or 32");
                }
                _bits = (int)b;
            }
            v = Ops.KwArg(args, argc, kwc, "firstbit");
            if (v != null)
            {
                long f = Ops.ToLong(v);
                if (f != Msb && f != Lsb)
                {
                    throw Err.Value("firstbit must be SPI.MSB or SPI.LSB");
                }
                _firstbit = (int)f;
            }
            v = Ops.KwArg(args, argc, kwc, "sck");
            if (v != null)
            {
                _sck = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "mosi");
            if (v != null)
            {
                _mosi = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "miso");
            if (v != null)
            {
                _miso = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "pins");
            if (v != null && v != PyNone.None)
            {
                object[] p = Ops.ToArray(v);
                if (p.Length != 3)
                {
                    throw Err.Value("pins must be (clk, mosi, miso)");
                }
                int sck = MachineArgs.PinNumber(p[0]);
                int mosi = MachineArgs.PinNumber(p[1]);
                int miso = MachineArgs.PinNumber(p[2]);
                if (_id >= 0)
                {
                    string unit = "SPI" + Ops.IntToString(_id);
                    PinAlt.Require(sck, unit + "_CLK");
                    PinAlt.Require(mosi, unit + "_MOSI");
                    PinAlt.Require(miso, unit + "_MISO");
                }
                _sck = sck;
                _mosi = mosi;
                _miso = miso;
            }
            if (_sck < 0)
            {
                throw Err.Type("SPI(-1) needs sck, mosi and miso pins");
            }
            _bus = hw.OpenSpi(_id, _sck, _mosi, _miso);
            if (_bus == null)
            {
                throw Err.Value("SPI(" + Ops.IntToString(_id) + ") can't use these pins");
            }
            _bus.Configure(_baudrate, _polarity, _phase, _bits, _firstbit);
        }

        private void SetBaud(object v)
        {
            long b = Ops.ToLong(v);
            if (b <= 0 || b > 80000000)
            {
                throw Err.Value("invalid SPI baudrate: " + Ops.LongToString(b));
            }
            _baudrate = (int)b;
        }

        private static int Bit(object[] args, int argc, int kwc, string name, int dflt)
        {
            object v = Ops.KwArg(args, argc, kwc, name);
            if (v == null)
            {
                return dflt;
            }
            long b = Ops.ToLong(v);
            if (b != 0 && b != 1)
            {
                throw Err.Value(name + " must be 0 or 1");
            }
            return (int)b;
        }

        private ISpiBus Bus()
        {
            if (_bus == null)
            {
                throw Err.OS(OsErrno.EIO, "SPI bus is deinitialised");
            }
            return _bus;
        }

        public override string Repr()
        {
            if (_bus == null)
            {
                return "SPI(" + Ops.IntToString(_id) + ")";
            }
            string pins = _id < 0 ? ", sck=" + PinObject.NameOf(_sck) + ", mosi=" + PinObject.NameOf(_mosi) + ", miso=" + PinObject.NameOf(_miso) : "";
            return "SPI(" + Ops.IntToString(_id) + ", SPI.MASTER, baudrate=" + Ops.IntToString(_baudrate) + ", bits=" + Ops.IntToString(_bits)
                + ", polarity=" + Ops.IntToString(_polarity) + ", phase=" + Ops.IntToString(_phase)
                + ", firstbit=SPI." + (_firstbit == Msb ? "MSB" : "LSB") + pins + ")";
        }

        private static int Fill(object[] args, int argc, int kwc, int pos)
        {
            object v = pos < argc ? args[pos] : Ops.KwArg(args, argc, kwc, "write");
            if (v == null)
            {
                return 0;
            }
            long f = Ops.ToLong(v);
            return (int)(f & 0xFF);
        }

        private sealed class SPITable : NativeTable
        {
            private static SPITable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static SPITable Instance
            {
                get { return s_instance ?? (s_instance = new SPITable()); }
            }

            private SPITable() : base(new string[]
            {
                "init", "deinit", "write", "read", "readinto", "write_readinto", "MASTER", "MSB", "LSB",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Deinit = 1;
                public const int Write = 2;
                public const int Read = 3;
                public const int ReadInto = 4;
                public const int WriteReadInto = 5;
                public const int MASTER = 6;
                public const int MSB = 7;
                public const int LSB = 8;
            }

            public override int Kind(int id)
            {
                return id >= Id.MASTER ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(id == Id.MASTER ? Master : id == Id.MSB ? Msb : Lsb);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                SPIObject o = new SPIObject();
                object idv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "id");
                BoardDefinition board = MachineArgs.Hardware().Board;
                o._id = idv == null ? (Ops.KwArg(args, argc, kwc, "sck") != null ? -1 : FirstBus(board)) : (int)Ops.ToLong(idv);
                if (o._id < -1 || o._id >= board.SpiCount || (o._id >= 0 && board.Spi[3 * o._id] < 0))
                {
                    throw Err.Value("SPI(" + Ops.IntToString(o._id) + ") doesn't exist");
                }
                if (o._id >= 0)
                {
                    o._sck = board.Spi[3 * o._id];
                    o._mosi = board.Spi[3 * o._id + 1];
                    o._miso = board.Spi[3 * o._id + 2];
                }
                o.Init(args, argc > 0 ? 1 : 0, argc, kwc);
                return o;
            }

            private static readonly string[] s_writeKw = new string[] { "write" };

            /// <summary>SPI() without an id: the board's first SPI bus (SPI(0) on the WiPy), else a software bus.</summary>
            private static int FirstBus(BoardDefinition board)
            {
                for (int i = 0; i < board.SpiCount; i++)
                {
                    if (board.Spi[3 * i] >= 0)
                    {
                        return i;
                    }
                }
                return -1;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SPIObject self = Ops.NativeSelf(args[0]) as SPIObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'SPI' object");
                }
                switch (id)
                {
                    case Id.Init:
                        self.Init(args, 1, argc, kwc);
                        return PyNone.None;
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        self._bus = null;
                        return PyNone.None;
                    case Id.Write:
                        {
                            Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.ReadBuf(args[1], out off, out n);
                            self.Bus().Transfer(buf, off, 0, null, 0, n);
                            return PyInt.Create(n);
                        }
                    case Id.Read:
                        {
                            MachineArgs.CheckKw("read", args, argc, kwc, s_writeKw);
                            Ops.CheckArgs("read", argc - 1, 0, 1, 2);
                            long n = Ops.ToLong(args[1]);
                            if (n < 0)
                            {
                                throw Err.Value("negative byte count");
                            }
                            byte[] data = new byte[n];
                            self.Bus().Transfer(null, 0, Fill(args, argc, kwc, 2), data, 0, (int)n);
                            return new PyBytes(data);
                        }
                    case Id.ReadInto:
                        {
                            MachineArgs.CheckKw("readinto", args, argc, kwc, s_writeKw);
                            Ops.CheckArgs("readinto", argc - 1, 0, 1, 2);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.WriteBuf(args[1], out off, out n);
                            self.Bus().Transfer(null, 0, Fill(args, argc, kwc, 2), buf, off, n);
                            return PyInt.Create(n);
                        }
                    case Id.WriteReadInto:
                        {
                            Ops.CheckArgs("write_readinto", argc - 1, kwc, 2, 2);
                            int woff;
                            int wn;
                            byte[] wbuf = MachineArgs.ReadBuf(args[1], out woff, out wn);
                            int roff;
                            int rn;
                            byte[] rbuf = MachineArgs.WriteBuf(args[2], out roff, out rn);
                            if (wn != rn)
                            {
                                throw Err.Value("buffers must be the same length");
                            }
                            self.Bus().Transfer(wbuf, woff, 0, rbuf, roff, wn);
                            return PyInt.Create(wn);
                        }
                }
                return PyNone.None;
            }
        }
    }
}
