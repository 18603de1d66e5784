using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.I2C: the standard operations map onto II2cBus transfers; the start/write/readinto/stop primitives are
    /// collected into the same transfers (address byte first, data buffered until stop or a repeated start).
    /// </summary>
    public sealed class I2CObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("I2C", I2CTable.Instance, null)); }
        }

        private int _id;
        private int _scl;
        private int _sda;
        private int _freq = 100000;
        private II2cBus _bus;
        private byte[] _tx = new byte[32];
        private int _txCount;
        private int _addr = -1;
        private bool _reading;
        private bool _started;
        private static readonly byte[] s_empty = new byte[0];

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static readonly string[] s_kw = new string[] { "id", "scl", "sda", "freq", "baudrate", "mode", "timeout", "pins" };

        private void Init(object[] args, int first, int argc, int kwc, bool ctor)
        {
            MachineArgs.CheckKw("I2C", args, argc, kwc, s_kw);
            IHardware hw = MachineArgs.Hardware();
            BoardDefinition board = hw.Board;
            if (ctor)
            {
                object idv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "id");
                bool soft = Ops.KwArg(args, argc, kwc, "scl") != null || Ops.KwArg(args, argc, kwc, "sda") != null;
                // I2C() is the board's first bus (as on the WiPy); I2C(scl=, sda=) without an id a software bus.
                _id = idv == null || idv == PyNone.None ? (soft || board.I2cCount == 0 ? -1 : 0) : (int)Ops.ToLong(idv);
                if (_id >= board.I2cCount || _id < -1 || (_id >= 0 && board.I2c[2 * _id] < 0))
                {
                    throw Err.Value("I2C(" + Ops.IntToString(_id) + ") doesn't exist");
                }
                if (argc > 2)
                {
                    throw Err.Type("I2C() takes at most 2 positional arguments");
                }
                CheckMode(MachineArgs.Get(args, argc, kwc, 1, "mode"));
                if (_id >= 0)
                {
                    _scl = board.I2c[2 * _id];
                    _sda = board.I2c[2 * _id + 1];
                }
                else
                {
                    _scl = -1;
                    _sda = -1;
                }
            }
            else
            {
                // init(mode=I2C.MASTER, *, baudrate, pins)
                MachineArgs.MaxPos("init", argc - first, 1);
                CheckMode(MachineArgs.Get(args, argc, kwc, first, "mode"));
            }
            object v = Ops.KwArg(args, argc, kwc, "scl");
            if (v != null)
            {
                _scl = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "sda");
            if (v != null)
            {
                _sda = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "pins");
            if (v != null)
            {
                object[] p = Ops.ToArray(v);
                if (p.Length != 2)
                {
                    throw Err.Value("pins must be (sda, scl)");
                }
                _sda = MachineArgs.PinNumber(p[0]);
                _scl = MachineArgs.PinNumber(p[1]);
                if (_id >= 0)
                {
                    PinAlt.Require(_sda, "I2C" + Ops.IntToString(_id) + "_SDA");
                    PinAlt.Require(_scl, "I2C" + Ops.IntToString(_id) + "_SCL");
                }
            }
            if (_scl < 0 || _sda < 0)
            {
                throw Err.Type("I2C(-1) needs scl and sda pins");
            }
            if (_scl == _sda)
            {
                throw Err.Value("scl and sda must be different pins");
            }
            v = Ops.KwArg(args, argc, kwc, "freq");
            if (v == null)
            {
                v = Ops.KwArg(args, argc, kwc, "baudrate");
            }
            if (v != null)
            {
                long f = Ops.ToLong(v);
                if (f <= 0 || f > 5000000)
                {
                    throw Err.Value("invalid I2C frequency: " + Ops.LongToString(f));
                }
                _freq = (int)f;
            }
            _bus = hw.OpenI2c(_id, _scl, _sda);
            if (_bus == null)
            {
                throw Err.Value("I2C(" + Ops.IntToString(_id) + ") can't use scl=" + Ops.IntToString(_scl) + " sda=" + Ops.IntToString(_sda));
            }
            _bus.Configure(_freq);
        }

        private static void CheckMode(object v)
        {
            if (v != null && v != PyNone.None && Ops.ToLong(v) != 0)
            {
                throw Err.Value("I2C mode must be I2C.MASTER");
            }
        }

        private II2cBus Bus()
        {
            if (_bus == null)
            {
                throw Err.OS(OsErrno.EIO, "I2C bus is deinitialised");
            }
            return _bus;
        }

        private static int Addr(object o)
        {
            long a = Ops.ToLong(o);
            if (a < 0 || a > 127)
            {
                throw Err.Value("invalid I2C address: " + Ops.LongToString(a));
            }
            return (int)a;
        }

        private void Check(int r)
        {
            if (r < 0)
            {
                throw Err.OS(-r);
            }
        }

        private void EnsureTx(int n)
        {
            if (_tx.Length < n)
            {
                byte[] b = new byte[n + 16];
                for (int i = 0; i < _txCount; i++)
                {
                    b[i] = _tx[i];
                }
                _tx = b;
            }
        }

        /// <summary>Puts memaddr (big-endian, addrsize bits) at the start of _tx.</summary>
        private int MemAddr(object memaddr, int addrsize)
        {
            if (addrsize != 8 && addrsize != 16 && addrsize != 24 && addrsize != 32)
            {
                throw Err.Value("addrsize must be 8, 16, 24 or 32");
            }
            long m = Ops.ToLong(memaddr);
            int n = addrsize / 8;
            if (m < 0 || (addrsize < 32 && m >= (1L << addrsize)))
            {
                throw Err.Value("memaddr out of range for addrsize");
            }
            EnsureTx(n);
            for (int i = 0; i < n; i++)
            {
                _tx[i] = (byte)(m >> (8 * (n - 1 - i)));
            }
            return n;
        }

        /// <summary>readfrom, readfrom_into, readfrom_mem, readfrom_mem_into: one path. The _mem forms write the memory
        /// address first (no stop) and always end with a stop; the _into forms fill a buffer and return its length.</summary>
        private object ReadFrom(string name, bool mem, bool into, object[] args, int argc, int kwc)
        {
            MachineArgs.CheckKw(name, args, argc, kwc, mem ? s_memKw : s_stopKw);
            Ops.CheckArgs(name, argc - 1, 0, mem ? 3 : 2, 3);
            int addr = Addr(args[1]);
            object target = args[mem ? 3 : 2];
            int off = 0;
            int n;
            byte[] buf;
            if (into)
            {
                buf = MachineArgs.WriteBuf(target, out off, out n);
            }
            else
            {
                long count = Ops.ToLong(target);
                if (count < 0)
                {
                    throw Err.Value("negative byte count");
                }
                buf = new byte[count];
                n = (int)count;
            }
            bool stop = true;
            if (mem)
            {
                int m = MemAddr(args[2], MachineArgs.Int(args, argc, kwc, -1, "addrsize", 8));
                Check(Bus().Write(addr, _tx, 0, m, false));
            }
            else
            {
                stop = StopArg(args, argc, kwc, 3);
            }
            Check(Bus().Read(addr, buf, off, n, stop));
            return into ? (object)PyInt.Create(n) : new PyBytes(buf);
        }

        /// <summary>writeto and writeto_mem: one path; writeto_mem sends the memory address and the data in one
        /// transfer and always ends with a stop.</summary>
        private object WriteTo(string name, bool mem, object[] args, int argc, int kwc)
        {
            MachineArgs.CheckKw(name, args, argc, kwc, mem ? s_memKw : s_stopKw);
            Ops.CheckArgs(name, argc - 1, 0, mem ? 3 : 2, 3);
            int addr = Addr(args[1]);
            int off;
            int n;
            byte[] buf = MachineArgs.ReadBuf(args[mem ? 3 : 2], out off, out n);
            if (!mem)
            {
                Check(Bus().Write(addr, buf, off, n, StopArg(args, argc, kwc, 3)));
                return PyInt.Create(n);
            }
            int m = MemAddr(args[2], MachineArgs.Int(args, argc, kwc, -1, "addrsize", 8));
            _txCount = m;
            EnsureTx(m + n);
            System.Array.Copy(buf, off, _tx, m, n);
            _txCount = 0;
            Check(Bus().Write(addr, _tx, 0, m + n, true));
            return PyInt.Create(n);
        }

        private static bool StopArg(object[] args, int argc, int kwc, int pos)
        {
            object v = pos < argc ? args[pos] : Ops.KwArg(args, argc, kwc, "stop");
            return v == null || Ops.IsTrue(v);
        }

        private static readonly string[] s_stopKw = new string[] { "stop" };
        private static readonly string[] s_memKw = new string[] { "addrsize" };

        private void Flush(bool stop)
        {
            if (_addr >= 0 && !_reading)
            {
                int r = Bus().Write(_addr, _tx, 0, _txCount, stop);
                _txCount = 0;
                Check(r);
            }
            else if (_addr >= 0 && stop)
            {
                Bus().Read(_addr, s_empty, 0, 0, true);
            }
            _txCount = 0;
        }

        public override string Repr()
        {
            if (_bus == null)
            {
                return "I2C(" + Ops.IntToString(_id) + ")";
            }
            string pins = _id < 0 ? ", scl=" + PinObject.NameOf(_scl) + ", sda=" + PinObject.NameOf(_sda) : "";
            return "I2C(" + Ops.IntToString(_id) + ", I2C.MASTER, baudrate=" + Ops.IntToString(_freq) + pins + ")";
        }

        private sealed class I2CTable : NativeTable
        {
            /// <summary>The member ids: each name's index in the table (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Deinit = 1;
                public const int Scan = 2;
                public const int Start = 3;
                public const int Stop = 4;
                public const int Readinto = 5;
                public const int Write = 6;
                public const int Readfrom = 7;
                public const int ReadfromInto = 8;
                public const int Writeto = 9;
                public const int ReadfromMem = 10;
                public const int ReadfromMemInto = 11;
                public const int WritetoMem = 12;
                public const int Master = 13;
            }

            private static I2CTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static I2CTable Instance
            {
                get { return s_instance ?? (s_instance = new I2CTable()); }
            }

            private I2CTable() : base(new string[]
            {
                "init", "deinit", "scan", "start", "stop", "readinto", "write", "readfrom", "readfrom_into", "writeto",
                "readfrom_mem", "readfrom_mem_into", "writeto_mem", "MASTER",
            })
            {
            }

            public override int Kind(int id)
            {
                return id == Id.Master ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(0);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                I2CObject o = new I2CObject();
                o.Init(args, 0, argc, kwc, true);
                return o;
            }

            private static readonly string[] s_nackKw = new string[] { "nack" };

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                I2CObject self = Ops.NativeSelf(args[0]) as I2CObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'I2C' object");
                }
                switch (id)
                {
                    case Id.Init:
                        self.Init(args, 1, argc, kwc, false);
                        return PyNone.None;
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        self._bus = null;
                        return PyNone.None;
                    case Id.Scan:
                        {
                            Ops.CheckArgs("scan", argc - 1, kwc, 0, 0);
                            II2cBus bus = self.Bus();
                            PyList found = new PyList();
                            for (int a = 0x08; a <= 0x77; a++)
                            {
                                if (bus.Write(a, s_empty, 0, 0, true) >= 0)
                                {
                                    found.Append(PyInt.Create(a));
                                }
                            }
                            return found;
                        }
                    case Id.Start:
                        Ops.CheckArgs("start", argc - 1, kwc, 0, 0);
                        self.Bus();
                        if (self._started)
                        {
                            self.Flush(false);
                        }
                        self._started = true;
                        self._addr = -1;
                        self._reading = false;
                        self._txCount = 0;
                        return PyNone.None;
                    case Id.Stop:
                        Ops.CheckArgs("stop", argc - 1, kwc, 0, 0);
                        try
                        {
                            if (self._started)
                            {
                                self.Flush(true);
                            }
                        }
                        finally
                        {
                            self._started = false;
                            self._addr = -1;
                            self._txCount = 0;
                        }
                        return PyNone.None;
                    case Id.Readinto:
                        {
                            MachineArgs.CheckKw("readinto", args, argc, kwc, s_nackKw);
                            Ops.CheckArgs("readinto", argc - 1, 0, 1, 2);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.WriteBuf(args[1], out off, out n);
                            if (!self._started || self._addr < 0 || !self._reading)
                            {
                                throw Err.OS(OsErrno.EIO, "readinto needs start() and a read address");
                            }
                            self.Check(self.Bus().Read(self._addr, buf, off, n, false));
                            return PyNone.None;
                        }
                    case Id.Write:
                        {
                            Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.ReadBuf(args[1], out off, out n);
                            if (!self._started)
                            {
                                throw Err.OS(OsErrno.EIO, "write needs start()");
                            }
                            int acks = 0;
                            int i = 0;
                            if (self._addr < 0 && n > 0)
                            {
                                int ab = buf[off];
                                self._addr = ab >> 1;
                                self._reading = (ab & 1) != 0;
                                i = 1;
                                if (self.Bus().Write(self._addr, s_empty, 0, 0, false) < 0)
                                {
                                    self._addr = -1;
                                    return PyInt.Create(0);
                                }
                                acks = 1;
                            }
                            if (!self._reading)
                            {
                                self.EnsureTx(self._txCount + n);
                                for (; i < n; i++)
                                {
                                    self._tx[self._txCount++] = buf[off + i];
                                    acks++;
                                }
                            }
                            return PyInt.Create(acks);
                        }
                    case Id.Readfrom:
                    case Id.ReadfromInto:
                    case Id.ReadfromMem:
                    case Id.ReadfromMemInto:
                        return self.ReadFrom(Names[id], id == Id.ReadfromMem || id == Id.ReadfromMemInto, id == Id.ReadfromInto || id == Id.ReadfromMemInto, args, argc, kwc);
                    case Id.Writeto:
                    case Id.WritetoMem:
                        return self.WriteTo(Names[id], id == Id.WritetoMem, args, argc, kwc);
                }
                return PyNone.None;
            }
        }
    }
}
