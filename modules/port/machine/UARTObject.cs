using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.UART: a stream over IUart; reads wait up to timeout ms (0: return what is there).</summary>
    public sealed class UARTObject : PyObject, IPollable
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("UART", UARTTable.Instance, null)); }
        }

        public const int Even = 0;
        public const int Odd = 1;
        public const int RxAny = 1;

        private int _id;
        private int _baudrate = 9600;
        private int _bits = 8;
        private int _parity = -1;
        private int _stop = 1;
        private int _timeout;
        private int _timeoutChar;
        private int _tx = -1;
        private int _rx = -1;
        private IUart _uart;
        private IrqHandler _irq;
        private readonly byte[] _one = new byte[1];

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public IUart Port
        {
            get { return _uart; }
        }

        private static readonly string[] s_kw = new string[]
        {
            "id", "baudrate", "bits", "parity", "stop", "tx", "rx", "timeout", "timeout_char", "rxbuf", "txbuf", "pins", "flow",
        };

        private void Init(object[] args, int first, int argc, int kwc)
        {
            MachineArgs.CheckKw("UART", args, argc, kwc, s_kw);
            if (argc - first > 4)
            {
                throw Err.Type("UART.init() takes at most 4 positional arguments");
            }
            _baudrate = MachineArgs.Int(args, argc, kwc, first, "baudrate", _baudrate);
            if (_baudrate <= 0 || _baudrate > 5000000)
            {
                throw Err.Value("invalid baudrate: " + Ops.IntToString(_baudrate));
            }
            _bits = MachineArgs.Int(args, argc, kwc, first + 1, "bits", _bits);
            if (_bits < 5 || _bits > 9)
            {
                throw Err.Value("invalid bits: " + Ops.IntToString(_bits));
            }
            object p = MachineArgs.Get(args, argc, kwc, first + 2, "parity");
            if (p != null)
            {
                _parity = p == PyNone.None ? -1 : (int)Ops.ToLong(p);
                if (_parity < -1 || _parity > 1)
                {
                    throw Err.Value("invalid parity");
                }
            }
            _stop = MachineArgs.Int(args, argc, kwc, first + 3, "stop", _stop);
            if (_stop < 0)
            {
                throw Err.Value("invalid stop bits: " + Ops.IntToString(_stop));
            }
            // As the WiPy: 1 is one stop bit, anything else two.
            _stop = _stop == 1 ? 1 : 2;
            _timeout = MachineArgs.Int(args, argc, kwc, -1, "timeout", _timeout);
            _timeoutChar = MachineArgs.Int(args, argc, kwc, -1, "timeout_char", _timeoutChar);
            if (_timeout < 0 || _timeoutChar < 0)
            {
                throw Err.Value("timeout must be >= 0");
            }
            object v = Ops.KwArg(args, argc, kwc, "tx");
            if (v != null)
            {
                _tx = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "rx");
            if (v != null)
            {
                _rx = MachineArgs.PinNumber(v);
            }
            v = Ops.KwArg(args, argc, kwc, "pins");
            bool repin = false;
            if (v != null && v != PyNone.None)
            {
                object[] pins = Ops.ToArray(v);
                if (pins.Length != 2 && pins.Length != 4)
                {
                    throw Err.Value("pins must be (tx, rx) or (tx, rx, rts, cts)");
                }
                string unit = "UART" + Ops.IntToString(_id);
                int tx = PinOrNone(pins[0], unit + "_TX");
                int rx = PinOrNone(pins[1], unit + "_RX");
                if (pins.Length == 4)
                {
                    PinOrNone(pins[2], unit + "_RTS");
                    PinOrNone(pins[3], unit + "_CTS");
                }
                _tx = tx;
                _rx = rx;
                repin = true;
            }
            if (_uart == null || repin)
            {
                _uart = MachineArgs.Hardware().OpenUart(_id, _tx, _rx);
                if (_uart == null)
                {
                    throw Err.Value("UART(" + Ops.IntToString(_id) + ") doesn't exist");
                }
            }
            _uart.Configure(_baudrate, _bits, _parity, _stop);
        }

        /// <summary>A pin of a pins tuple: None is -2 (no pin); a pin must offer the function on boards with a table.</summary>
        private static int PinOrNone(object o, string function)
        {
            if (o == PyNone.None)
            {
                return -2;
            }
            int n = MachineArgs.PinNumber(o);
            PinAlt.Require(n, function);
            return n;
        }

        /// <summary>UART(pins=...) without an id: the unit whose TX (or, for TX None, RX) the first pin serves.</summary>
        private static int UnitOf(object pinsArg)
        {
            object[] pins = Ops.ToArray(pinsArg);
            BoardDefinition b = MachineArgs.Hardware().Board;
            bool rx = pins.Length > 1 && pins[0] == PyNone.None;
            object p = rx ? pins[1] : pins.Length > 0 ? pins[0] : PyNone.None;
            if (p == PyNone.None)
            {
                return 0;
            }
            int n = MachineArgs.PinNumber(p);
            for (int u = 0; u < b.UartCount; u++)
            {
                if (PinAlt.Find(b, n, "UART" + Ops.IntToString(u) + (rx ? "_RX" : "_TX")) >= 0 || b.Uart[2 * u + (rx ? 1 : 0)] == n)
                {
                    return u;
                }
            }
            throw Err.Value(PinObject.NameOf(n) + " is not a UART " + (rx ? "RX" : "TX") + " pin");
        }

        private IUart Uart()
        {
            if (_uart == null)
            {
                throw Err.OS(OsErrno.EIO, "UART is deinitialised");
            }
            return _uart;
        }

        /// <summary>Waits until n bytes are available or the timeout passes; returns what is available.</summary>
        private int WaitFor(int n)
        {
            IUart u = Uart();
            int avail = u.Available;
            if (avail >= n || (_timeout == 0 && _timeoutChar == 0))
            {
                return avail;
            }
            IClock clock = Platform.Clock;
            long start = clock.TicksMs();
            long last = start;
            int lastAvail = avail;
            while (true)
            {
                avail = u.Available;
                if (avail >= n)
                {
                    return avail;
                }
                long now = clock.TicksMs();
                if (avail != lastAvail)
                {
                    lastAvail = avail;
                    last = now;
                }
                if (avail == 0 ? now - start >= _timeout : now - last >= (_timeoutChar > 0 ? _timeoutChar : _timeout))
                {
                    return avail;
                }
                clock.SleepMs(1);
                Vm.ServiceWait();
            }
        }

        private object Read(int n)
        {
            int avail = WaitFor(n < 0 ? int.MaxValue : n);
            if (avail == 0)
            {
                return PyNone.None;
            }
            int take = n < 0 || avail < n ? avail : n;
            byte[] data = new byte[take];
            int got = Uart().Read(data, 0, take);
            return MachineArgs.Bytes(data, got);
        }

        private object ReadLine()
        {
            IUart u = Uart();
            byte[] buf = new byte[16];
            int count = 0;
            while (true)
            {
                if (u.Available == 0 && WaitFor(1) == 0)
                {
                    break;
                }
                if (u.Read(_one, 0, 1) != 1)
                {
                    break;
                }
                if (count == buf.Length)
                {
                    byte[] b = new byte[count * 2];
                    for (int i = 0; i < count; i++)
                    {
                        b[i] = buf[i];
                    }
                    buf = b;
                }
                buf[count++] = _one[0];
                if (_one[0] == (byte)'\n')
                {
                    break;
                }
            }
            if (count == 0)
            {
                return PyNone.None;
            }
            return MachineArgs.Bytes(buf, count);
        }

        public override string Repr()
        {
            if (_uart == null)
            {
                return "UART(" + Ops.IntToString(_id) + ")";
            }
            return "UART(" + Ops.IntToString(_id) + ", baudrate=" + Ops.IntToString(_baudrate) + ", bits=" + Ops.IntToString(_bits)
                + ", parity=" + (_parity < 0 ? "None" : _parity == Even ? "UART.EVEN" : "UART.ODD") + ", stop=" + Ops.IntToString(_stop)
                + (_timeout != 0 || _timeoutChar != 0 ? ", timeout=" + Ops.IntToString(_timeout) + ", timeout_char=" + Ops.IntToString(_timeoutChar) : "")
                + ")";
        }

        public int Poll(int events)
        {
            int r = 0;
            if ((events & 1) != 0 && _uart != null && _uart.Available > 0)
            {
                r |= 1;
            }
            if ((events & 4) != 0 && _uart != null)
            {
                r |= 4;
            }
            return r;
        }

        /// <summary>Readable without blocking (select.poll).</summary>
        public bool CanRead()
        {
            return _uart != null && _uart.Available > 0;
        }

        private sealed class UARTTable : NativeTable
        {
            private static UARTTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static UARTTable Instance
            {
                get { return s_instance ?? (s_instance = new UARTTable()); }
            }

            private UARTTable() : base(new string[]
            {
                "init", "deinit", "any", "read", "readall", "readinto", "readline", "write", "sendbreak", "irq",
                "EVEN", "ODD", "RX_ANY",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Deinit = 1;
                public const int Any = 2;
                public const int Read = 3;
                public const int ReadAll = 4;
                public const int ReadInto = 5;
                public const int ReadLine = 6;
                public const int Write = 7;
                public const int SendBreak = 8;
                public const int Irq = 9;
                public const int EVEN = 10;
                public const int ODD = 11;
                public const int RX_ANY = 12;
            }

            public override int Kind(int id)
            {
                return id >= Id.EVEN ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(id == Id.EVEN ? Even : id == Id.ODD ? Odd : RxAny);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                UARTObject o = new UARTObject();
                object idv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "id");
                object pinsv = Ops.KwArg(args, argc, kwc, "pins");
                o._id = idv != null ? (int)Ops.ToLong(idv) : pinsv != null && pinsv != PyNone.None ? UnitOf(pinsv) : 0;
                BoardDefinition board = MachineArgs.Hardware().Board;
                if (o._id < 0 || o._id >= board.UartCount || board.Uart[2 * o._id] < 0)
                {
                    throw Err.Value("UART(" + Ops.IntToString(o._id) + ") doesn't exist");
                }
                // No pins given: the unit keeps the pins it has (the board's defaults at first).
                o._tx = -1;
                o._rx = -1;
                o.Init(args, argc > 0 ? 1 : 0, argc, kwc);
                return o;
            }

            private static readonly string[] s_irqKw = new string[] { "trigger", "handler", "priority", "wake" };

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                UARTObject self = Ops.NativeSelf(args[0]) as UARTObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'UART' object");
                }
                switch (id)
                {
                    case Id.Init:
                        self.Init(args, 1, argc, kwc);
                        return PyNone.None;
                    case Id.Deinit:
                        if (self._uart != null)
                        {
                            self._uart.Close();
                            self._uart = null;
                        }
                        return PyNone.None;
                    case Id.Any:
                        return PyInt.Create(self.Uart().Available);
                    case Id.Read:
                        Ops.CheckArgs("read", argc - 1, kwc, 0, 1);
                        if (argc > 1 && args[1] != PyNone.None)
                        {
                            long n = Ops.ToLong(args[1]);
                            if (n < 0)
                            {
                                return self.Read(-1);
                            }
                            if (n == 0)
                            {
                                return PyBytes.Empty;
                            }
                            return self.Read((int)n);
                        }
                        return self.Read(-1);
                    case Id.ReadAll:
                        Ops.CheckArgs("readall", argc - 1, kwc, 0, 0);
                        return self.Read(-1);
                    case Id.ReadInto:
                        {
                            Ops.CheckArgs("readinto", argc - 1, kwc, 1, 2);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.WriteBuf(args[1], out off, out n);
                            if (argc > 2)
                            {
                                long lim = Ops.ToLong(args[2]);
                                if (lim < n)
                                {
                                    n = lim < 0 ? 0 : (int)lim;
                                }
                            }
                            int avail = self.WaitFor(n);
                            if (avail == 0)
                            {
                                return PyNone.None;
                            }
                            return PyInt.Create(self.Uart().Read(buf, off, avail < n ? avail : n));
                        }
                    case Id.ReadLine:
                        Ops.CheckArgs("readline", argc - 1, kwc, 0, 0);
                        return self.ReadLine();
                    case Id.Write:
                        {
                            Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                            int off;
                            int n;
                            byte[] buf = MachineArgs.ReadBuf(args[1], out off, out n);
                            return PyInt.Create(self.Uart().Write(buf, off, n));
                        }
                    case Id.SendBreak:
                        Ops.CheckArgs("sendbreak", argc - 1, kwc, 0, 0);
                        self.Uart().SendBreak();
                        return PyNone.None;
                    case Id.Irq:
                        {
                            MachineArgs.CheckKw("irq", args, argc, kwc, s_irqKw);
                            MachineArgs.MaxPos("irq", argc - 1, 2);
                            int trigger = MachineArgs.Int(args, argc, kwc, 1, "trigger", RxAny);
                            object handler = MachineArgs.Get(args, argc, kwc, 2, "handler");
                            if (trigger != RxAny)
                            {
                                throw Err.Value("trigger must be UART.RX_ANY");
                            }
                            if (handler != null && handler != PyNone.None && !Ops.IsCallable(handler))
                            {
                                throw Err.Type("handler must be callable");
                            }
                            MachineArgs.Int(args, argc, kwc, -1, "priority", 1);
                            int wake = WakeSources.CheckWake(Ops.KwArg(args, argc, kwc, "wake"));
                            if (wake != WakeSources.Idle)
                            {
                                throw Err.Value("a UART wakes the board from machine.IDLE only");
                            }
                            IUart u = self.Uart();
                            if (self._irq == null)
                            {
                                self._irq = new IrqHandler(null, self, trigger, "UART(" + Ops.IntToString(self._id) + ")");
                            }
                            self._irq.Handler = handler ?? PyNone.None;
                            self._irq.Trigger = trigger;
                            self._irq.Disabled = false;
                            u.SetRxIrq(self._irq);
                            return self._irq;
                        }
                }
                return PyNone.None;
            }
        }
    }
}
