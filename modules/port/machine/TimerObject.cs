using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.Timer: the seed's Timer(id, mode=PERIODIC) with channel(), and the esp form
    /// Timer(-1).init(period=ms, mode=Timer.PERIODIC, callback=f) / freq=hz. Callbacks get the Timer object.
    /// </summary>
    public sealed class TimerObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("Timer", TimerTable.Instance, null)); }
        }

        public const int OneShot = 0;
        public const int Periodic = 1;
        public const int Pwm = 2;
        public const int ChannelA = 1;
        public const int ChannelB = 2;
        public const int Positive = 1;
        public const int Negative = 0;
        public const int Timeout = 1;
        public const int Match = 2;

        internal int Id;
        internal int Mode = Periodic;
        internal int Width = 16;
        private object _handle;
        private IrqHandler _irq;
        private long _periodUs;
        internal TimerChannelObject[] Channels = new TimerChannelObject[3];

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static readonly string[] s_kw = new string[] { "id", "mode", "width", "period", "freq", "callback", "tick_hz" };

        private void Init(object[] args, int first, int argc, int kwc)
        {
            MachineArgs.CheckKw("Timer", args, argc, kwc, s_kw);
            if (argc - first > 1)
            {
                throw Err.Type("Timer.init() takes keyword arguments after mode");
            }
            Stop();
            object v = MachineArgs.Get(args, argc, kwc, argc > first ? first : -1, "mode");
            if (v != null)
            {
                long m = Ops.ToLong(v);
                if (m != OneShot && m != Periodic && m != Pwm)
                {
                    throw Err.Value("invalid timer mode");
                }
                Mode = (int)m;
            }
            v = Ops.KwArg(args, argc, kwc, "width");
            if (v != null)
            {
                long w = Ops.ToLong(v);
                if (w != 16 && w != 32)
                {
                    throw Err.Value("width must be 16 or 32");
                }
                Width = (int)w;
            }
            if (Mode == Pwm && Width == 32)
            {
                throw Err.Value("PWM needs a 16-bit timer");
            }
            object period = Ops.KwArg(args, argc, kwc, "period");
            object freq = Ops.KwArg(args, argc, kwc, "freq");
            object cb = Ops.KwArg(args, argc, kwc, "callback");
            if (period != null && freq != null)
            {
                throw Err.Value("give period or freq, not both");
            }
            if (freq != null)
            {
                double f = Ops.ToDouble(freq);
                if (!(f > 0) || f > 1000000)
                {
                    throw Err.Value("invalid timer frequency");
                }
                _periodUs = (long)(1000000.0 / f + 0.5);
            }
            else if (period != null)
            {
                long ms = Ops.ToLong(period);
                if (ms <= 0)
                {
                    throw Err.Value("period must be > 0");
                }
                _periodUs = ms * 1000;
            }
            if (cb != null && cb != PyNone.None)
            {
                if (_periodUs <= 0)
                {
                    throw Err.Value("a callback needs period or freq");
                }
                _irq = new IrqHandler(cb, this, Timeout, "Timer(" + Ops.IntToString(Id) + ")");
                _handle = MachineArgs.Hardware().Timers.Start(_periodUs, Mode != OneShot, _irq, this);
            }
        }

        internal void Stop()
        {
            if (_handle != null)
            {
                MachineArgs.Hardware().Timers.Cancel(_handle);
                _handle = null;
            }
        }

        public override string Repr()
        {
            return "Timer(" + Ops.IntToString(Id) + ", mode=Timer." + (Mode == OneShot ? "ONE_SHOT" : Mode == Periodic ? "PERIODIC" : "PWM") + ")";
        }

        private sealed class TimerTable : NativeTable
        {
            private static TimerTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static TimerTable Instance
            {
                get { return s_instance ?? (s_instance = new TimerTable()); }
            }

            private TimerTable() : base(new string[]
            {
                "init", "deinit", "channel", "value",
                "ONE_SHOT", "PERIODIC", "PWM", "A", "B", "POSITIVE", "NEGATIVE", "TIMEOUT", "MATCH",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Deinit = 1;
                public const int Channel = 2;
                public const int Value = 3;
                public const int ONE_SHOT = 4;
                public const int PERIODIC = 5;
                public const int PWM = 6;
                public const int A = 7;
                public const int B = 8;
                public const int POSITIVE = 9;
                public const int NEGATIVE = 10;
                public const int TIMEOUT = 11;
                public const int MATCH = 12;
            }

            private static readonly int[] s_consts = new int[] { OneShot, Periodic, Pwm, ChannelA, ChannelB, Positive, Negative, Timeout, Match };

            public override int Kind(int id)
            {
                return id >= Id.ONE_SHOT ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(s_consts[id - 4]);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                object idv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "id");
                TimerObject t = new TimerObject();
                t.Id = idv == null ? -1 : (int)Ops.ToLong(idv);
                int count = MachineArgs.Hardware().Board.TimerCount;
                if (t.Id < -1 || t.Id > 15 || (count > 0 && (t.Id < 0 || t.Id >= count)))
                {
                    throw Err.Value("Timer(" + Ops.IntToString(t.Id) + ") doesn't exist");
                }
                if (argc > 1 || kwc > (Ops.KwArg(args, argc, kwc, "id") != null ? 1 : 0))
                {
                    t.Init(args, argc > 0 ? 1 : 0, argc, kwc);
                }
                return t;
            }

            private static readonly string[] s_chKw = new string[] { "freq", "period", "polarity", "duty_cycle", "pin" };

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                TimerObject self = Ops.NativeSelf(args[0]) as TimerObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'Timer' object");
                }
                switch (id)
                {
                    case Id.Init:
                        self.Init(args, 1, argc, kwc);
                        return PyNone.None;
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        self.Stop();
                        for (int i = 0; i < self.Channels.Length; i++)
                        {
                            if (self.Channels[i] != null)
                            {
                                self.Channels[i].Stop();
                                self.Channels[i] = null;
                            }
                        }
                        return PyNone.None;
                    case Id.Channel:
                        {
                            MachineArgs.CheckKw("channel", args, argc, kwc, s_chKw);
                            Ops.CheckArgs("channel", argc - 1, 0, 1, 1);
                            long ch = Ops.ToLong(args[1]);
                            if (ch != ChannelA && ch != ChannelB && ch != (ChannelA | ChannelB))
                            {
                                throw Err.Value("invalid timer channel");
                            }
                            if ((ch == (ChannelA | ChannelB)) != (self.Width == 32))
                            {
                                throw Err.Value(self.Width == 32 ? "a 32-bit timer has one channel, Timer.A | Timer.B" : "Timer.A | Timer.B needs width=32");
                            }
                            TimerChannelObject c = new TimerChannelObject(self, (int)ch);
                            c.Init(args, argc, kwc);
                            if (self.Channels[ch - 1] != null)
                            {
                                self.Channels[ch - 1].Stop();
                            }
                            self.Channels[ch - 1] = c;
                            return c;
                        }
                    case Id.Value:
                        Ops.CheckArgs("value", argc - 1, kwc, 0, 0);
                        if (self._handle == null)
                        {
                            return PyInt.Create(0);
                        }
                        return PyInt.Create((self._periodUs - MachineArgs.Hardware().Timers.Remaining(self._handle)) / 1000);
                }
                return PyNone.None;
            }
        }
    }
}
