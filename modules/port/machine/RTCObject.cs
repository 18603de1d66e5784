using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.RTC over IRtc, with alarms on the timer service.</summary>
    public sealed class RTCObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("RTC", RTCTable.Instance, null)); }
        }

        private static RTCObject s_rtc;
        private object _alarm;
        private long _alarmPeriodMs;
        private bool _alarmRepeat;
        private IrqHandler _irq;
        private readonly AlarmSink _sink;

        private RTCObject()
        {
            _sink = new AlarmSink(this);
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "<RTC>";
        }

        /// <summary>True while an alarm is set (a wake source for deep sleep).</summary>
        internal static bool AlarmPending()
        {
            return s_rtc != null && s_rtc._alarm != null;
        }

        /// <summary>Milliseconds until the pending alarm; -1 when none is set.</summary>
        internal static long AlarmLeftMs()
        {
            if (s_rtc == null || s_rtc._alarm == null)
            {
                return -1;
            }
            return MachineArgs.Hardware().Timers.Remaining(s_rtc._alarm) / 1000;
        }

        /// <summary>Soft reset: alarms and the irq are gone.</summary>
        internal static void ResetAll()
        {
            if (s_rtc != null)
            {
                s_rtc.CancelAlarm();
            }
            s_rtc = null;
            WakeSources.Rtc = null;
        }

        private static void CheckAlarmId(object[] args, int argc, int kwc, int pos)
        {
            object v = MachineArgs.Get(args, argc, kwc, pos, "alarm_id");
            if (v != null && Ops.ToLong(v) != 0)
            {
                throw Err.Value("invalid alarm id (only 0)");
            }
        }

        private static IRtc Rtc()
        {
            IRtc rtc = MachineArgs.Hardware().Rtc;
            if (rtc == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no RTC");
            }
            return rtc;
        }

        /// <summary>(year, month, day[, hour[, minute[, second[, microsecond[, tzinfo]]]]]) to us since 2000.</summary>
        private static long FromTuple(object t, bool withWeekday)
        {
            object[] f = Ops.ToArray(t);
            int min = 3;
            if (f.Length < min || f.Length > 8)
            {
                throw Err.Value("datetime tuple must have 3 to 8 items");
            }
            long y = Ops.ToLong(f[0]);
            long mo = Ops.ToLong(f[1]);
            long d = Ops.ToLong(f[2]);
            int i = withWeekday ? 4 : 3;
            long h = f.Length > i ? Ops.ToLong(f[i]) : 0;
            long mi = f.Length > i + 1 ? Ops.ToLong(f[i + 1]) : 0;
            long s = f.Length > i + 2 ? Ops.ToLong(f[i + 2]) : 0;
            long us = f.Length > i + 3 && f[i + 3] != PyNone.None ? Ops.ToLong(f[i + 3]) : 0;
            if (y < 2000 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || us < 0 || us > 999999)
            {
                throw Err.Value("invalid datetime");
            }
            long days = CivilTime.DaysFromCivil(y, mo, d);
            return days * CivilTime.UsPerDay + ((h * 60 + mi) * 60 + s) * 1000000L + us;
        }

        private static object[] Fields(long us)
        {
            long days = CivilTime.FloorDiv(us, CivilTime.UsPerDay);
            long rem = us - days * CivilTime.UsPerDay;
            long y;
            long m;
            long d;
            CivilTime.CivilFromDays(days, out y, out m, out d);
            long secs = rem / 1000000L;
            return new object[]
            {
                PyInt.Create(y), PyInt.Create(m), PyInt.Create(d), PyInt.Create(CivilTime.Weekday(days)),
                PyInt.Create(secs / 3600), PyInt.Create(secs / 60 % 60), PyInt.Create(secs % 60), PyInt.Create(rem % 1000000L),
            };
        }

        /// <summary>RTC.ALARM0, the irq trigger (and the flags() bit) of alarm 0.</summary>
        public const int Alarm0 = 1;

        private void CancelAlarm()
        {
            if (_alarm != null)
            {
                MachineArgs.Hardware().Timers.Cancel(_alarm);
                _alarm = null;
            }
        }

        private void Fired()
        {
            if (!_alarmRepeat)
            {
                _alarm = null;
            }
            if (_irq != null)
            {
                _irq.OnIrq(this, Alarm0);
            }
        }

        private sealed class AlarmSink : IIrqSink
        {
            private readonly RTCObject _owner;

            public AlarmSink(RTCObject owner)
            {
                _owner = owner;
            }

            public void OnIrq(object source, int flags)
            {
                _owner.Fired();
            }
        }

        private sealed class RTCTable : NativeTable
        {
            private static RTCTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static RTCTable Instance
            {
                get { return s_instance ?? (s_instance = new RTCTable()); }
            }

            private RTCTable() : base(new string[]
            {
                "init", "now", "deinit", "alarm", "alarm_left", "cancel", "irq", "datetime", "alarm_cancel", "ALARM0",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Now = 1;
                public const int Deinit = 2;
                public const int Alarm = 3;
                public const int AlarmLeft = 4;
                public const int Cancel = 5;
                public const int Irq = 6;
                public const int DateTime = 7;
                public const int AlarmCancel = 8;
                public const int ALARM0 = 9;
            }

            public override int Kind(int id)
            {
                return id == Id.ALARM0 ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(Alarm0);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                object idv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "id");
                if (idv != null && Ops.ToLong(idv) != 0)
                {
                    throw Err.Value("RTC(" + Ops.LongToString(Ops.ToLong(idv)) + ") doesn't exist");
                }
                Rtc();
                RTCObject o = s_rtc ?? (s_rtc = new RTCObject());
                object dt = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "datetime");
                if (dt != null && dt != PyNone.None)
                {
                    Rtc().Set(FromTuple(dt, false));
                }
                return o;
            }

            private static readonly string[] s_alarmKw = new string[] { "id", "time", "repeat" };
            private static readonly string[] s_irqKw = new string[] { "trigger", "handler", "wake" };
            private static readonly string[] s_idKw = new string[] { "alarm_id" };

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                RTCObject self = Ops.NativeSelf(args[0]) as RTCObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'RTC' object");
                }
                switch (id)
                {
                    case Id.Init:
                        Ops.CheckArgs("init", argc - 1, kwc, 1, 1);
                        Rtc().Set(FromTuple(args[1], false));
                        return PyNone.None;
                    case Id.Now:
                        {
                            Ops.CheckArgs("now", argc - 1, kwc, 0, 0);
                            object[] f = Fields(Rtc().NowUs());
                            return new PyTuple(new object[] { f[0], f[1], f[2], f[4], f[5], f[6], f[7], PyNone.None });
                        }
                    case Id.Deinit:
                        Ops.CheckArgs("deinit", argc - 1, kwc, 0, 0);
                        Rtc().Set(CivilTime.DaysFromCivil(2015, 1, 1) * CivilTime.UsPerDay);
                        return PyNone.None;
                    case Id.Alarm:
                        {
                            MachineArgs.CheckKw("alarm", args, argc, kwc, s_alarmKw);
                            MachineArgs.MaxPos("alarm", argc - 1, 2);
                            int alarmId = MachineArgs.Int(args, argc, kwc, 1, "id", 0);
                            object time = MachineArgs.Get(args, argc, kwc, 2, "time");
                            object rep = Ops.KwArg(args, argc, kwc, "repeat");
                            if (alarmId != 0)
                            {
                                throw Err.Value("invalid alarm id");
                            }
                            if (time == null)
                            {
                                throw Err.Type("alarm() missing required argument 'time'");
                            }
                            long ms;
                            bool repeat = rep != null && Ops.IsTrue(rep);
                            if (time is PyTuple || time is PyList)
                            {
                                long target = FromTuple(time, false);
                                long diff = target - Rtc().NowUs();
                                ms = diff <= 0 ? 0 : diff / 1000;
                                if (repeat)
                                {
                                    throw Err.Value("repeat needs a time in ms");
                                }
                            }
                            else
                            {
                                ms = Ops.ToLong(time);
                                if (ms < 0)
                                {
                                    throw Err.Value("alarm time must be >= 0");
                                }
                            }
                            self.CancelAlarm();
                            self._alarmRepeat = repeat && ms > 0;
                            self._alarmPeriodMs = ms;
                            self._alarm = MachineArgs.Hardware().Timers.Start(ms * 1000, self._alarmRepeat, self._sink, self);
                            return PyNone.None;
                        }
                    case Id.AlarmLeft:
                        {
                            MachineArgs.CheckKw("alarm_left", args, argc, kwc, s_idKw);
                            MachineArgs.MaxPos("alarm_left", argc - 1, 1);
                            CheckAlarmId(args, argc, kwc, 1);
                            if (self._alarm == null)
                            {
                                return PyInt.Create(0);
                            }
                            return PyInt.Create(MachineArgs.Hardware().Timers.Remaining(self._alarm) / 1000);
                        }
                    case Id.Cancel:
                    case Id.AlarmCancel:
                        MachineArgs.CheckKw(Names[id], args, argc, kwc, s_idKw);
                        MachineArgs.MaxPos(Names[id], argc - 1, 1);
                        CheckAlarmId(args, argc, kwc, 1);
                        self.CancelAlarm();
                        return PyNone.None;
                    case Id.Irq:
                        {
                            MachineArgs.CheckKw("irq", args, argc, kwc, s_irqKw);
                            MachineArgs.MaxPos("irq", argc - 1, 0);
                            int trigger = MachineArgs.Int(args, argc, kwc, -1, "trigger", Alarm0);
                            if (trigger != Alarm0)
                            {
                                throw Err.Value("trigger must be RTC.ALARM0");
                            }
                            object handler = Ops.KwArg(args, argc, kwc, "handler");
                            if (handler != null && handler != PyNone.None && !Ops.IsCallable(handler))
                            {
                                throw Err.Type("handler must be callable");
                            }
                            int wake = WakeSources.CheckWake(Ops.KwArg(args, argc, kwc, "wake"));
                            if (self._irq == null)
                            {
                                self._irq = new IrqHandler(null, self, trigger, "RTC");
                            }
                            self._irq.Handler = handler ?? PyNone.None;
                            self._irq.Trigger = trigger;
                            self._irq.Wake = wake;
                            self._irq.Disabled = false;
                            WakeSources.Rtc = self._irq;
                            return self._irq;
                        }
                    case Id.DateTime:
                        {
                            Ops.CheckArgs("datetime", argc - 1, kwc, 0, 1);
                            if (argc > 1)
                            {
                                Rtc().Set(FromTuple(args[1], true));
                                return PyNone.None;
                            }
                            return new PyTuple(Fields(Rtc().NowUs()));
                        }
                }
                return PyNone.None;
            }
        }
    }
}
