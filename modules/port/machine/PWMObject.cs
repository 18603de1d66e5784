using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.PWM, the esp8266/ESP32 form: PWM(pin, freq=5000, duty=512), freq([f]), duty([0..1023]), deinit().
    /// Its frequency comes from a shared PWM timer (PwmTimers), as Timer PWM channels' do.
    /// </summary>
    public sealed class PWMObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("PWM", PwmTable.Instance, null)); }
        }

        /// <summary>The running PWM objects, by pin: a new PWM on a pin replaces the old one; soft reset stops all.</summary>
        private static PWMObject[] s_active = new PWMObject[16];

        private static readonly string[] s_kw = new string[] { "freq", "duty" };

        private readonly int _pin;
        private IPwmChannel _pwm;
        private int _freq = 5000;
        private int _duty = 512;
        private int _timer = -1;

        private PWMObject(int pin)
        {
            _pin = pin;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "PWM(Pin(" + Ops.IntToString(_pin) + "), freq=" + Ops.IntToString(_freq) + ", duty=" + Ops.IntToString(_duty) + ")";
        }

        private void Apply()
        {
            int t = PwmTimers.Take(_freq, _timer);
            if (_pwm == null || t != _timer)
            {
                IPwmChannel ch = MachineArgs.Hardware().OpenPwm(_pin, t);
                if (ch == null)
                {
                    PwmTimers.Release(t);
                    _timer = -1;
                    throw Err.Value("Pin(" + Ops.IntToString(_pin) + ") can't do PWM");
                }
                if (_pwm == null)
                {
                    Track(this);
                }
                _pwm = ch;
            }
            _timer = t;
            _pwm.Configure(_freq, (int)((_duty * 10000L + 511) / 1023), false);
            _pwm.Start();
        }

        private static void Track(PWMObject p)
        {
            int free = -1;
            for (int i = 0; i < s_active.Length; i++)
            {
                PWMObject o = s_active[i];
                if (o != null && o._pin == p._pin && o != p)
                {
                    o.Deinit();
                }
                if (s_active[i] == null && free < 0)
                {
                    free = i;
                }
            }
            if (free >= 0)
            {
                s_active[free] = p;
            }
        }

        private void Deinit()
        {
            if (_pwm != null)
            {
                _pwm.Stop();
                _pwm = null;
                PwmTimers.Release(_timer);
                _timer = -1;
                for (int i = 0; i < s_active.Length; i++)
                {
                    if (s_active[i] == this)
                    {
                        s_active[i] = null;
                    }
                }
            }
        }

        /// <summary>Soft reset: every PWM output stops and every timer is free again.</summary>
        internal static void ResetAll()
        {
            for (int i = 0; i < s_active.Length; i++)
            {
                if (s_active[i] != null)
                {
                    s_active[i].Deinit();
                }
            }
            PwmTimers.Reset();
        }

        private static int Freq(object v)
        {
            long f = Ops.ToLong(v);
            if (f < 1 || f > 40000000)
            {
                throw Err.Value("freq must be between 1Hz and 40MHz");
            }
            return (int)f;
        }

        private static int Duty(object v)
        {
            long d = Ops.ToLong(v);
            if (d < 0 || d > 1023)
            {
                throw Err.Value("duty must be between 0 and 1023");
            }
            return (int)d;
        }

        private sealed class PwmTable : NativeTable
        {
            private static PwmTable s_instance;

            public static PwmTable Instance
            {
                get { return s_instance ?? (s_instance = new PwmTable()); }
            }

            private PwmTable() : base(new string[] { "init", "deinit", "freq", "duty" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Deinit = 1;
                public const int Freq = 2;
                public const int Duty = 3;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc < 1)
                {
                    throw Err.Type("PWM() needs a pin");
                }
                PWMObject p = new PWMObject(MachineArgs.PinNumber(args[0]));
                p.Init(args, argc, kwc);
                return p;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PWMObject self = Ops.NativeSelf(args[0]) as PWMObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'PWM' object");
                }
                switch (id)
                {
                    case Id.Init:
                        self.Init(args, argc, kwc);
                        return PyNone.None;
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        self.Deinit();
                        return PyNone.None;
                    case Id.Freq:
                        Ops.CheckArgs("freq", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self._freq);
                        }
                        self.SetFreq(Freq(args[1]));
                        return PyNone.None;
                    default:
                        Ops.CheckArgs("duty", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self._duty);
                        }
                        self._duty = Duty(args[1]);
                        self.Apply();
                        return PyNone.None;
                }
            }
        }

        private void Init(object[] args, int argc, int kwc)
        {
            MachineArgs.CheckKw("PWM", args, argc, kwc, s_kw);
            MachineArgs.MaxPos("PWM", argc - 1, 2);
            object f = MachineArgs.Get(args, argc, kwc, 1, "freq");
            object d = MachineArgs.Get(args, argc, kwc, 2, "duty");
            int freq = f == null ? _freq : Freq(f);
            _duty = d == null ? _duty : Duty(d);
            SetFreq(freq);
        }

        /// <summary>A frequency change keeps the old one when no timer can take the new frequency.</summary>
        private void SetFreq(int freq)
        {
            int old = _freq;
            _freq = freq;
            try
            {
                Apply();
            }
            catch (PyException)
            {
                _freq = old;
                throw;
            }
        }
    }
}
