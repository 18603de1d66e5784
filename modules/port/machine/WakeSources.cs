using MicroPy.Objects;
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

        /// <summary>
        /// For a board that arms its own deep-sleep wake sources (a nanoFramework ESP32): the pins configured with
        /// wake=machine.DEEPSLEEP, and the level each waits for: IRQ_FALLING/IRQ_LOW_LEVEL 0, IRQ_RISING/
        /// IRQ_HIGH_LEVEL 1, both edges the level the pin does not have now. Returns how many (at most pins.Length).
        /// </summary>
        public static int DeepSleepPins(int[] pins, int[] levels)
        {
            PinObject[] all = PinObject.All;
            int n = 0;
            for (int i = 0; i < all.Length && n < pins.Length; i++)
            {
                PinObject p = all[i];
                if (p == null || p.Irq == null || (p.Irq.Wake & DeepSleep) == 0)
                {
                    continue;
                }
                int t = p.Irq.Trigger;
                bool low = (t & (GpioConst.IrqFalling | GpioConst.IrqLowLevel)) != 0;
                bool high = (t & (GpioConst.IrqRising | GpioConst.IrqHighLevel)) != 0;
                pins[n] = p.Number;
                levels[n] = low && high ? 1 - p.Hw.Read() : high ? 1 : 0;
                n++;
            }
            return n;
        }

        /// <summary>Milliseconds until the RTC alarm when the RTC irq wakes the board from deep sleep; -1 otherwise.</summary>
        public static long RtcDeepSleepWakeMs()
        {
            if (Rtc == null || (Rtc.Wake & DeepSleep) == 0)
            {
                return -1;
            }
            return RTCObject.AlarmLeftMs();
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
