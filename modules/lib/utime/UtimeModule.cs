using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>
    /// utime: sleeps and ticks over the platform clock (the simulated board's virtual clock on the desktop), and
    /// calendar time. ticks_* wrap at 2^30 as in MicroPython; ticks_diff(old, new) is new - old, as the seed says.
    /// The epoch is 1970-01-01 on the desktop and 2000-01-01 on the device (Platform.Clock decides).
    /// </summary>
    public sealed class UtimeModule : NativeModule
    {
        private static UtimeModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UtimeModule Instance
        {
            get { return s_instance ?? (s_instance = new UtimeModule()); }
        }

        private const long TicksPeriod = 1L << 30;

        private UtimeModule() : base("utime", new string[]
        {
            "sleep", "sleep_ms", "sleep_us", "ticks_ms", "ticks_us", "ticks_cpu", "ticks_diff", "ticks_add", "time",
            "localtime", "mktime", "gmtime",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Sleep = 0;
            public const int SleepMs = 1;
            public const int SleepUs = 2;
            public const int TicksMs = 3;
            public const int TicksUs = 4;
            public const int TicksCpu = 5;
            public const int TicksDiff = 6;
            public const int TicksAdd = 7;
            public const int Time = 8;
            public const int LocalTime = 9;
            public const int MkTime = 10;
            public const int GmTime = 11;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        private static IClock Clock()
        {
            IClock c = Platform.Clock;
            if (c == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no clock");
            }
            return c;
        }

        /// <summary>Sleeps in slices so Ctrl-C and scheduled callbacks are served while waiting.</summary>
        public static void SleepUs(long us)
        {
            IClock c = Clock();
            while (us > 0)
            {
                int step = us > 10000 ? 10000 : (int)us;
                c.SleepUs(step);
                us -= step;
                Vm.ServiceWait();
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Sleep:
                    {
                        Ops.CheckArgs("sleep", argc, kwc, 1, 1);
                        double s = Ops.ToDouble(args[0]);
                        if (s < 0)
                        {
                            throw Err.Value("sleep length must be non-negative");
                        }
                        SleepUs((long)(s * 1000000.0 + 0.5));
                        return PyNone.None;
                    }
                case Id.SleepMs:
                case Id.SleepUs:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 1, 1);
                        long v = Ops.ToLong(args[0]);
                        if (v > 0)
                        {
                            SleepUs(id == Id.SleepMs ? v * 1000 : v);
                        }
                        return PyNone.None;
                    }
                case Id.TicksMs:
                    Ops.CheckArgs("ticks_ms", argc, kwc, 0, 0);
                    return PyInt.Create(Clock().TicksMs() & (TicksPeriod - 1));
                case Id.TicksUs:
                case Id.TicksCpu:
                    Ops.CheckArgs(Names[id], argc, kwc, 0, 0);
                    return PyInt.Create(Clock().TicksUs() & (TicksPeriod - 1));
                case Id.TicksDiff:
                    {
                        Ops.CheckArgs("ticks_diff", argc, kwc, 2, 2);
                        long d = (Ops.ToLong(args[1]) - Ops.ToLong(args[0])) & (TicksPeriod - 1);
                        return PyInt.Create(d >= TicksPeriod / 2 ? d - TicksPeriod : d);
                    }
                case Id.TicksAdd:
                    Ops.CheckArgs("ticks_add", argc, kwc, 2, 2);
                    return PyInt.Create((Ops.ToLong(args[0]) + Ops.ToLong(args[1])) & (TicksPeriod - 1));
                case Id.Time:
                    Ops.CheckArgs("time", argc, kwc, 0, 0);
                    return PyInt.Create(Clock().EpochSeconds());
                case Id.LocalTime:
                case Id.GmTime:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 0, 1);
                        long secs = argc > 0 && args[0] != PyNone.None ? (long)FloatOps.Floor(Ops.ToDouble(args[0])) : Clock().EpochSeconds();
                        return Fields(secs);
                    }
                default:
                    {
                        Ops.CheckArgs("mktime", argc, kwc, 1, 1);
                        object[] t = Ops.ToArray(args[0]);
                        if (t.Length < 6)
                        {
                            throw Err.Type("mktime needs a tuple of at least 6 items");
                        }
                        long days = CivilTime.DaysFromCivil(Ops.ToLong(t[0]), Ops.ToLong(t[1]), Ops.ToLong(t[2])) - EpochDays();
                        return PyInt.Create(days * 86400 + Ops.ToLong(t[3]) * 3600 + Ops.ToLong(t[4]) * 60 + Ops.ToLong(t[5]));
                    }
            }
        }

        /// <summary>Days from 2000-01-01 to the port's epoch (1970 on the desktop, 2000 on the device).</summary>
        private static long EpochDays()
        {
            return CivilTime.DaysFromCivil(Platform.EpochYear, 1, 1);
        }

        /// <summary>(year, month, mday, hour, minute, second, weekday, yearday), weekday Monday = 0.</summary>
        private static PyTuple Fields(long secs)
        {
            long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
            long rem = secs - days * 86400;
            long y;
            long m;
            long d;
            days += EpochDays();
            CivilTime.CivilFromDays(days, out y, out m, out d);
            long yday = days - CivilTime.DaysFromCivil(y, 1, 1) + 1;
            long wday = CivilTime.Weekday(days);
            return new PyTuple(new object[]
            {
                PyInt.Create(y), PyInt.Create(m), PyInt.Create(d), PyInt.Create(rem / 3600), PyInt.Create(rem / 60 % 60),
                PyInt.Create(rem % 60), PyInt.Create(wday), PyInt.Create(yday),
            });
        }
    }
}
