using MicroPy.Core;
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

        private const int Reset = 0;
        private const int ResetCause_ = 1;
        private const int DisableIrq = 2;
        private const int EnableIrq = 3;
        private const int Freq = 4;
        private const int Idle = 5;
        private const int Sleep = 6;
        private const int LightSleep = 7;
        private const int DeepSleep = 8;
        private const int UniqueId = 9;
        private const int TimePulseUs = 10;
        private const int WakeReason = 11;
        private const int SoftReset = 12;
        private const int FirstConst = 13;
        private const int FirstClass = 27;

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
            switch (id - FirstClass)
            {
                case 0: return PinObject.TypeObject;
                case 1: return I2CObject.TypeObject;
                case 2: return SPIObject.TypeObject;
                case 3: return UARTObject.TypeObject;
                case 4: return RTCObject.TypeObject;
                case 5: return WDTObject.TypeObject;
                case 6: return ADCObject.TypeObject;
                case 7: return ADCChannelObject.TypeObject;
                case 8: return TimerObject.TypeObject;
                case 9: return TimerChannelObject.TypeObject;
                case 10: return SDObject.TypeObject;
                case 11: return PWMObject.TypeObject;
                case 12: return PinBaseObject.TypeObject;
                case 13: return MemObject.Get(1);
                case 14: return MemObject.Get(2);
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
                case Reset:
                    Ops.CheckArgs("reset", argc, kwc, 0, 0);
                    MachineArgs.Hardware().System.Reset();
                    return PyNone.None;
                case SoftReset:
                    Ops.CheckArgs("soft_reset", argc, kwc, 0, 0);
                    throw new BoardResetException(ResetCause.SoftReset);
                case ResetCause_:
                    Ops.CheckArgs("reset_cause", argc, kwc, 0, 0);
                    return PyInt.Create(MachineArgs.Hardware().System.ResetCause);
                case WakeReason:
                    Ops.CheckArgs("wake_reason", argc, kwc, 0, 0);
                    return PyInt.Create(MachineArgs.Hardware().System.WakeReason);
                case DisableIrq:
                    {
                        Ops.CheckArgs("disable_irq", argc, kwc, 0, 0);
                        bool was = Scheduler.Enabled;
                        Scheduler.Enabled = false;
                        return PyBool.From(was);
                    }
                case EnableIrq:
                    Ops.CheckArgs("enable_irq", argc, kwc, 0, 1);
                    Scheduler.Enabled = argc == 0 || Ops.IsTrue(args[0]);
                    return PyNone.None;
                case Freq:
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
                case Idle:
                    Ops.CheckArgs("idle", argc, kwc, 0, 0);
                    MachineArgs.Hardware().System.Idle();
                    return PyNone.None;
                case Sleep:
                case LightSleep:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 0, 1);
                        long ms = argc > 0 ? Ops.ToLong(args[0]) : -1;
                        MachineArgs.Hardware().System.LightSleep(ms > int.MaxValue ? int.MaxValue : (int)ms);
                        return PyNone.None;
                    }
                case DeepSleep:
                    {
                        Ops.CheckArgs("deepsleep", argc, kwc, 0, 1);
                        long ms = argc > 0 ? Ops.ToLong(args[0]) : -1;
                        MachineArgs.Hardware().System.DeepSleep(ms > int.MaxValue ? int.MaxValue : (int)ms);
                        return PyNone.None;
                    }
                case UniqueId:
                    Ops.CheckArgs("unique_id", argc, kwc, 0, 0);
                    return new PyBytes(MachineArgs.Hardware().System.UniqueId());
                case TimePulseUs:
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
