using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Stm32
{
    /// <summary>
    /// RTC alarm A: SetAlarm stores day of month, hour, minute and second in ALRMAR (BCD) and nothing finer
    /// (nf-interpreter targets/ChibiOS/_nanoCLR/nanoFramework.Hardware.Stm32/
    /// nf_hardware_stm32_native_nanoFramework_Hardware_Stm32_RTC.cpp). The alarm fires at the next instant whose
    /// day/hour/minute/second match: an alarm in the current second or earlier fires a month later.
    /// </summary>
    public static class RTC
    {
        private static long s_alarmSecond = -1;

        public static void SetAlarm(DateTime time)
        {
            s_alarmSecond = time.Ticks / TimeSpan.TicksPerSecond;
        }

        /// <summary>Milliseconds from now to the alarm's next match, -1 when none is set.</summary>
        internal static int MsUntilAlarm()
        {
            if (s_alarmSecond < 0)
            {
                return -1;
            }
            long nowTicks = DateTime.UtcNow.Ticks;
            long alarmTicks = s_alarmSecond * TimeSpan.TicksPerSecond;
            if (alarmTicks <= nowTicks - nowTicks % TimeSpan.TicksPerSecond)
            {
                DateTime a = new DateTime(alarmTicks);
                alarmTicks += DateTime.DaysInMonth(a.Year, a.Month) * TimeSpan.TicksPerDay;
            }
            return (int)((alarmTicks - nowTicks) / TimeSpan.TicksPerMillisecond);
        }
    }
}
