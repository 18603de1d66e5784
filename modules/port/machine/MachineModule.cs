using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine: board functions, constants and the peripheral classes, all over Platform.Hardware.</summary>
    public sealed class MachineModule : NativeModule
    {
        private static MachineModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static MachineModule Instance
        {
            get { return s_instance ?? (s_instance = new MachineModule()); }
        }

        private const int FirstConst = Id.IDLE;
        private const int FirstClass = Id.Pin;

        private static readonly int[] s_consts = new int[]
        {
            WakeSources.Idle, WakeSources.Sleep, WakeSources.DeepSleep,
            ResetCause.PowerOn, ResetCause.HardReset, ResetCause.WdtReset, ResetCause.DeepSleepReset, ResetCause.SoftReset,
            ResetCause.WlanWake, ResetCause.PinWake, ResetCause.RtcWake,
            ResetCause.PinWake, ResetCause.RtcWake, 0,
        };

        private MachineModule() : base("machine", new string[]
        {
            "reset", "reset_cause", "disable_irq", "enable_irq", "freq", "idle", "sleep", "lightsleep", "deepsleep",
            "unique_id", "time_pulse_us", "wake_reason", "soft_reset",
            "IDLE", "SLEEP", "DEEPSLEEP", "POWER_ON", "HARD_RESET", "WDT_RESET", "DEEPSLEEP_RESET", "SOFT_RESET",
            "WLAN_WAKE", "PIN_WAKE", "RTC_WAKE", "EXT0_WAKE", "TIMER_WAKE", "PWRON_RESET",
            "Pin", "I2C", "SPI", "UART", "RTC", "WDT", "ADC", "ADCChannel", "Timer", "TimerChannel", "SD", "PWM",
            "PinBase", "mem8", "mem16", "mem32",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Reset = 0;
            public const int ResetCause = 1;
            public const int DisableIrq = 2;
            public const int EnableIrq = 3;
            public const int Freq = 4;
            public const int Idle = 5;
            public const int Sleep = 6;
            public const int LightSleep = 7;
            public const int DeepSleep = 8;
            public const int UniqueId = 9;
            public const int TimePulseUs = 10;
            public const int WakeReason = 11;
            public const int SoftReset = 12;
            public const int IDLE = 13;
            public const int SLEEP = 14;
            public const int DEEPSLEEP = 15;
            public const int POWER_ON = 16;
            public const int HARD_RESET = 17;
            public const int WDT_RESET = 18;
            public const int DEEPSLEEP_RESET = 19;
            public const int SOFT_RESET = 20;
            public const int WLAN_WAKE = 21;
            public const int PIN_WAKE = 22;
            public const int RTC_WAKE = 23;
            public const int EXT0_WAKE = 24;
            public const int TIMER_WAKE = 25;
            public const int PWRON_RESET = 26;
            public const int Pin = 27;
            public const int I2C = 28;
            public const int SPI = 29;
            public const int UART = 30;
            public const int RTC = 31;
            public const int WDT = 32;
            public const int ADC = 33;
            public const int ADCChannel = 34;
            public const int Timer = 35;
            public const int TimerChannel = 36;
            public const int SD = 37;
            public const int PWM = 38;
            public const int PinBase = 39;
            public const int Mem8 = 40;
            public const int Mem16 = 41;
            public const int Mem32 = 42;
        }

        public override int Kind(int id)
        {
            return id >= FirstConst ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            if (id < FirstClass)
            {
                return PyInt.Create(s_consts[id - FirstConst]);
            }
            switch (id)
            {
                case Id.Pin: return PinObject.TypeObject;
                case Id.I2C: return I2CObject.TypeObject;
                case Id.SPI: return SPIObject.TypeObject;
                case Id.UART: return UARTObject.TypeObject;
                case Id.RTC: return RTCObject.TypeObject;
                case Id.WDT: return WDTObject.TypeObject;
                case Id.ADC: return ADCObject.TypeObject;
                case Id.ADCChannel: return ADCChannelObject.TypeObject;
                case Id.Timer: return TimerObject.TypeObject;
                case Id.TimerChannel: return TimerChannelObject.TypeObject;
                case Id.SD: return SDObject.TypeObject;
                case Id.PWM: return PWMObject.TypeObject;
                case Id.PinBase: return PinBaseObject.TypeObject;
                case Id.Mem8: return MemObject.Get(1);
                case Id.Mem16: return MemObject.Get(2);
                default: return MemObject.Get(4);
            }
        }

        /// <summary>Soft reset: forget pin objects and their IRQs, re-enable interrupts.</summary>
        public static void ResetState()
        {
            PinObject.ResetAll();
            PWMObject.ResetAll();
            RTCObject.ResetAll();
            WDTObject.ResetAll();
            Scheduler.Enabled = true;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Reset:
                    Ops.CheckArgs("reset", argc, kwc, 0, 0);
                    MachineArgs.Hardware().System.Reset();
                    return PyNone.None;
                case Id.SoftReset:
                    Ops.CheckArgs("soft_reset", argc, kwc, 0, 0);
                    throw new BoardResetException(ResetCause.SoftReset);
                case Id.ResetCause:
                    Ops.CheckArgs("reset_cause", argc, kwc, 0, 0);
                    return PyInt.Create(MachineArgs.Hardware().System.ResetCause);
                case Id.WakeReason:
                    Ops.CheckArgs("wake_reason", argc, kwc, 0, 0);
                    return PyInt.Create(MachineArgs.Hardware().System.WakeReason);
                case Id.DisableIrq:
                    {
                        Ops.CheckArgs("disable_irq", argc, kwc, 0, 0);
                        bool was = Scheduler.Enabled;
                        Scheduler.Enabled = false;
                        return PyBool.From(was);
                    }
                case Id.EnableIrq:
                    Ops.CheckArgs("enable_irq", argc, kwc, 0, 1);
                    Scheduler.Enabled = argc == 0 || Ops.IsTrue(args[0]);
                    return PyNone.None;
                case Id.Freq:
                    {
                        Ops.CheckArgs("freq", argc, kwc, 0, 1);
                        ISystemControl sys = MachineArgs.Hardware().System;
                        if (argc == 0)
                        {
                            return PyInt.Create(sys.Frequency);
                        }
                        long hz = Ops.ToLong(args[0]);
                        if (!sys.SetFrequency(hz))
                        {
                            throw Err.Value("frequency " + Ops.LongToString(hz) + " not supported");
                        }
                        return PyNone.None;
                    }
                case Id.Idle:
                    Ops.CheckArgs("idle", argc, kwc, 0, 0);
                    MachineArgs.Hardware().System.Idle();
                    return PyNone.None;
                case Id.Sleep:
                case Id.LightSleep:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 0, 1);
                        long ms = argc > 0 ? Ops.ToLong(args[0]) : -1;
                        MachineArgs.Hardware().System.LightSleep(ms > int.MaxValue ? int.MaxValue : (int)ms);
                        return PyNone.None;
                    }
                case Id.DeepSleep:
                    {
                        Ops.CheckArgs("deepsleep", argc, kwc, 0, 1);
                        long ms = argc > 0 ? Ops.ToLong(args[0]) : -1;
                        MachineArgs.Hardware().System.DeepSleep(ms > int.MaxValue ? int.MaxValue : (int)ms);
                        return PyNone.None;
                    }
                case Id.UniqueId:
                    Ops.CheckArgs("unique_id", argc, kwc, 0, 0);
                    return new PyBytes(MachineArgs.Hardware().System.UniqueId());
                case Id.TimePulseUs:
                    return TimePulse(args, argc, kwc);
            }
            return PyNone.None;
        }

        private static object TimePulse(object[] args, int argc, int kwc)
        {
            Ops.CheckArgs("time_pulse_us", argc, kwc, 2, 3);
            PinObject pin = Ops.NativeSelf(args[0]) as PinObject;
            if (pin == null)
            {
                pin = PinObject.Get(MachineArgs.PinNumber(args[0]));
            }
            int level = Ops.IsTrue(args[1]) ? 1 : 0;
            long timeout = argc > 2 ? Ops.ToLong(args[2]) : 1000000;
            IClock clock = Platform.Clock;
            long start = clock.TicksUs();
            while (pin.Read() != level)
            {
                if (clock.TicksUs() - start >= timeout)
                {
                    throw Err.OS(OsErrno.ETIMEDOUT);
                }
                clock.SleepUs(1);
            }
            start = clock.TicksUs();
            while (pin.Read() == level)
            {
                if (clock.TicksUs() - start >= timeout)
                {
                    throw Err.OS(OsErrno.ETIMEDOUT);
                }
                clock.SleepUs(1);
            }
            return PyInt.Create(clock.TicksUs() - start);
        }
    }
}
