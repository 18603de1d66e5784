using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.TimerChannel: a periodic/one-shot event source with irq(), or a PWM output on a pin.</summary>
    public sealed class TimerChannelObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("TimerChannel", ChannelTable.Instance, null)); }
        }

        private readonly TimerObject _timer;
        private readonly int _channel;
        private long _periodUs;
        private int _dutyPer10k = 5000;
        private int _polarity = TimerObject.Positive;
        private IPwmChannel _pwm;
        private int _pwmTimer = -1;
        private int _pwmPin = -1;
        private object _handle;
        private IrqHandler _irq;

        public TimerChannelObject(TimerObject timer, int channel)
        {
            _timer = timer;
            _channel = channel;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        internal void Init(object[] args, int argc, int kwc)
        {
            object freq = Ops.KwArg(args, argc, kwc, "freq");
            object period = Ops.KwArg(args, argc, kwc, "period");
            if (freq != null && period != null)
            {
                throw Err.Value("give freq or period, not both");
            }
            if (freq != null)
            {
                SetFreq(freq);
            }
            else if (period != null)
            {
                SetPeriod(period);
            }
            else
            {
                throw Err.Value("channel needs freq or period");
            }
            object pol = Ops.KwArg(args, argc, kwc, "polarity");
            if (pol != null)
            {
                long p = Ops.ToLong(pol);
                if (p != TimerObject.Positive && p != TimerObject.Negative)
                {
                    throw Err.Value("invalid polarity");
                }
                _polarity = (int)p;
            }
            object duty = Ops.KwArg(args, argc, kwc, "duty_cycle");
            if (duty != null)
            {
                SetDuty(duty);
            }
            object pin = Ops.KwArg(args, argc, kwc, "pin");
            if (_timer.Mode == TimerObject.Pwm)
            {
                CheckPwmFreq();
                int[] map = MachineArgs.Hardware().Board.PwmPins;
                int n;
                if (map != null)
                {
                    // The board wires each channel to a fixed pin (none for some: then it runs without output).
                    int k = 2 * _timer.Id + (_channel == TimerObject.ChannelB ? 1 : 0);
                    n = _timer.Id >= 0 && k < map.Length ? map[k] : -1;
                    if (pin != null && pin != PyNone.None && MachineArgs.PinNumber(pin) != n)
                    {
                        throw Err.Value("this timer channel's PWM output is " + (n < 0 ? "not on a pin" : PinObject.NameOf(n)));
                    }
                }
                else
                {
                    if (pin == null)
                    {
                        throw Err.Value("a PWM channel needs pin=");
                    }
                    n = MachineArgs.PinNumber(pin);
                }
                if (n >= 0)
                {
                    _pwmPin = n;
                    ApplyPwm();
                }
            }
        }

        private void ApplyPwm()
        {
            if (_pwmPin < 0)
            {
                return;
            }
            int freq = (int)((1000000L + _periodUs / 2) / _periodUs);
            int t = PwmTimers.Take(freq, _pwmTimer);
            if (_pwm == null || t != _pwmTimer)
            {
                IPwmChannel ch = MachineArgs.Hardware().OpenPwm(_pwmPin, t);
                if (ch == null)
                {
                    PwmTimers.Release(t);
                    _pwmTimer = -1;
                    throw Err.Value(PinObject.NameOf(_pwmPin) + " can't do PWM");
                }
                _pwm = ch;
            }
            _pwmTimer = t;
            _pwm.Configure(freq, _dutyPer10k, _polarity == TimerObject.Negative);
            _pwm.Start();
        }

        /// <summary>A PWM output runs at 1 Hz or more (a period of at most 1 s).</summary>
        private void CheckPwmFreq()
        {
            if (_timer.Mode == TimerObject.Pwm && _periodUs > 1000000)
            {
                throw Err.Value("PWM frequency must be at least 1 Hz (period at most 1000000 us)");
            }
        }

        /// <summary>freq(f) / period(p) on an existing channel; a refused value leaves the channel as it was.</summary>
        private void Retime(object v, bool freq)
        {
            long old = _periodUs;
            if (freq)
            {
                SetFreq(v);
            }
            else
            {
                SetPeriod(v);
            }
            try
            {
                Apply();
            }
            catch (PyException)
            {
                _periodUs = old;
                throw;
            }
        }

        /// <summary>Applies a new freq/period to a running channel: its IRQ timer restarts at the new rate.</summary>
        private void Apply()
        {
            CheckPwmFreq();
            ApplyPwm();
            if (_handle != null)
            {
                MachineArgs.Hardware().Timers.Cancel(_handle);
                _handle = MachineArgs.Hardware().Timers.Start(_periodUs, _timer.Mode != TimerObject.OneShot, _irq, this);
            }
        }

        private void SetFreq(object v)
        {
            double f = Ops.ToDouble(v);
            if (!(f > 0) || f > 40000000)
            {
                throw Err.Value("invalid frequency");
            }
            _periodUs = (long)(1000000.0 / f + 0.5);
            if (_periodUs < 1)
            {
                _periodUs = 1;
            }
        }

        private void SetPeriod(object v)
        {
            long p = Ops.ToLong(v);
            if (p <= 0)
            {
                throw Err.Value("period must be > 0");
            }
            _periodUs = p;
        }

        /// <summary>duty_cycle in hundredths of a percent (0..10000), as the 1.8.2 docs and the WiPy take it.</summary>
        private void SetDuty(object v)
        {
            long d = Ops.ToLong(v);
            if (d < 0 || d > 10000)
            {
                throw Err.Value("duty_cycle must be 0..10000 (hundredths of a percent)");
            }
            _dutyPer10k = (int)d;
        }

        internal void Stop()
        {
            if (_handle != null)
            {
                MachineArgs.Hardware().Timers.Cancel(_handle);
                _handle = null;
            }
            if (_pwm != null)
            {
                _pwm.Stop();
                PwmTimers.Release(_pwmTimer);
                _pwmTimer = -1;
                _pwmPin = -1;
            }
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            sb.Append("timer.channel(").Append(_channel == TimerObject.ChannelA ? "Timer.A" : _channel == TimerObject.ChannelB ? "Timer.B" : "Timer.A | Timer.B");
            sb.Append(", freq=").Append(Ops.LongToString((1000000L + _periodUs / 2) / _periodUs));
            if (_timer.Mode == TimerObject.Pwm)
            {
                sb.Append(", polarity=Timer.").Append(_polarity == TimerObject.Negative ? "NEGATIVE" : "POSITIVE");
                int frac = _dutyPer10k % 100;
                sb.Append(", duty_cycle=").Append(Ops.IntToString(_dutyPer10k / 100)).Append(frac < 10 ? ".0" : ".").Append(Ops.IntToString(frac));
            }
            return sb.Append(")").ToString();
        }

        private sealed class ChannelTable : NativeTable
        {
            private static ChannelTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ChannelTable Instance
            {
                get { return s_instance ?? (s_instance = new ChannelTable()); }
            }

            private static readonly string[] s_irqKw = new string[] { "trigger", "priority", "handler", "wake" };

            private ChannelTable() : base(new string[] { "irq", "freq", "period", "duty_cycle" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Irq = 0;
                public const int Freq = 1;
                public const int Period = 2;
                public const int DutyCycle = 3;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                TimerChannelObject self = Ops.NativeSelf(args[0]) as TimerChannelObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'TimerChannel' object");
                }
                switch (id)
                {
                    case Id.Irq:
                        {
                            MachineArgs.CheckKw("irq", args, argc, kwc, s_irqKw);
                            MachineArgs.MaxPos("irq", argc - 1, 0);
                            int trigger = MachineArgs.Int(args, argc, kwc, -1, "trigger", TimerObject.Timeout);
                            if (trigger <= 0 || (trigger & ~(TimerObject.Timeout | TimerObject.Match)) != 0)
                            {
                                throw Err.Value("trigger must be Timer.TIMEOUT or Timer.MATCH");
                            }
                            MachineArgs.Int(args, argc, kwc, -1, "priority", 1);
                            if (WakeSources.CheckWake(Ops.KwArg(args, argc, kwc, "wake")) != WakeSources.Idle)
                            {
                                throw Err.Value("a timer wakes the board from machine.IDLE only");
                            }
                            object handler = Ops.KwArg(args, argc, kwc, "handler");
                            if (self._handle != null)
                            {
                                MachineArgs.Hardware().Timers.Cancel(self._handle);
                                self._handle = null;
                            }
                            if (self._irq == null)
                            {
                                // One irq object per channel: its init() reconfigures it through this method. The handler
                                // receives the channel, as MicroPython's mp_irq_new(ch, ...) in cc3200 pybtimer.c does.
                                self._irq = new IrqHandler(null, self, trigger, "Timer(" + Ops.IntToString(self._timer.Id) + ")");
                                self._irq.Owner = self;
                            }
                            self._irq.Handler = handler ?? PyNone.None;
                            self._irq.Trigger = trigger;
                            self._irq.Disabled = false;
                            if (handler != null && handler != PyNone.None)
                            {
                                self._handle = MachineArgs.Hardware().Timers.Start(self._periodUs, self._timer.Mode != TimerObject.OneShot, self._irq, self);
                            }
                            return self._irq;
                        }
                    case Id.Freq:
                        Ops.CheckArgs("freq", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create((1000000L + self._periodUs / 2) / self._periodUs);
                        }
                        self.Retime(args[1], true);
                        return PyNone.None;
                    case Id.Period:
                        Ops.CheckArgs("period", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self._periodUs);
                        }
                        self.Retime(args[1], false);
                        return PyNone.None;
                    case Id.DutyCycle:
                        Ops.CheckArgs("duty_cycle", argc - 1, kwc, 0, 1);
                        if (argc == 1)
                        {
                            return PyInt.Create(self._dutyPer10k);
                        }
                        self.SetDuty(args[1]);
                        self.ApplyPwm();
                        return PyNone.None;
                }
                return PyNone.None;
            }
        }
    }
}
