using MicroPy.Core;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// What wakes the board from machine.sleep()/deepsleep(): pin irqs and the RTC irq configured with wake=
    /// (machine.IDLE, SLEEP and DEEPSLEEP are distinct bits). A board's HAL asks Reason() while it sleeps.
    /// </summary>
    public static class WakeSources
    {
        public const int Idle = 1;
        public const int Sleep = 2;
        public const int DeepSleep = 4;

        /// <summary>The RTC's irq object when it has one.</summary>
        internal static IrqHandler Rtc;

        /// <summary>wake= of an irq(): None/absent means machine.IDLE; otherwise a combination of the three bits.</summary>
        internal static int CheckWake(object v)
        {
            if (v == null || v == PyNone.None)
            {
                return Idle;
            }
            long w = Ops.ToLong(v);
            if (w <= 0 || w > (Idle | Sleep | DeepSleep))
            {
                throw Err.Value("invalid wake: " + Ops.LongToString(w) + " (machine.IDLE, SLEEP, DEEPSLEEP or a combination)");
            }
            return (int)w;
        }

        internal static bool IsWakePin(int number)
        {
            int[] w = MachineArgs.Hardware().Board.WakePins;
            if (w == null)
            {
                return true;
            }
            for (int i = 0; i < w.Length; i++)
            {
                if (w[i] == number)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Only one pin wakes the board from machine.SLEEP at a time (the last one configured).</summary>
        internal static void OnePinPerSleepMode(PinObject pin, int wake)
        {
            if ((wake & Sleep) == 0)
            {
                return;
            }
            PinObject[] all = PinObject.All;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != null && all[i] != pin && all[i].Irq != null)
                {
                    all[i].Irq.Wake &= ~Sleep;
                }
            }
        }

        /// <summary>Forgets events seen so far (called as the board goes to sleep).</summary>
        public static void Clear()
        {
            PinObject[] all = PinObject.All;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != null && all[i].Irq != null)
                {
                    all[i].Irq.Fired = 0;
                }
            }
            if (Rtc != null)
            {
                Rtc.Fired = 0;
            }
        }

        /// <summary>True when some source is configured to wake the board from mode (Sleep or DeepSleep).</summary>
        public static bool Any(int mode)
        {
            PinObject[] all = PinObject.All;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != null && all[i].Irq != null && (all[i].Irq.Wake & mode) != 0)
                {
                    return true;
                }
            }
            return Rtc != null && (Rtc.Wake & mode) != 0 && RTCObject.AlarmPending();
        }

        /// <summary>The wake reason (ResetCause.PinWake/RtcWake) if a source configured for mode has fired since
        /// Clear() or (a pin level trigger) holds now; 0 otherwise.</summary>
        public static int Reason(int mode)
        {
            PinObject[] all = PinObject.All;
            for (int i = 0; i < all.Length; i++)
            {
                PinObject p = all[i];
                if (p == null || p.Irq == null || (p.Irq.Wake & mode) == 0)
                {
                    continue;
                }
                if (p.Irq.Level ? p.LevelHolds(p.Irq.Trigger) : p.Irq.Fired > 0)
                {
                    return ResetCause.PinWake;
                }
            }
            if (Rtc != null && (Rtc.Wake & mode) != 0 && Rtc.Fired > 0)
            {
                return ResetCause.RtcWake;
            }
            return 0;
        }
    }
}
