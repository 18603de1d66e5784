using System;
using nanoFramework.Runtime.Native;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>machine.RTC over the system clock: read DateTime.UtcNow, set with Rtc.SetSystemTime.</summary>
    public sealed class NanoRtc : IRtc
    {
        public long NowUs()
        {
            return (DateTime.UtcNow.Ticks - NanoClock.Epoch2000Ticks) / 10;
        }

        public void Set(long usSince2000)
        {
            Rtc.SetSystemTime(new DateTime(NanoClock.Epoch2000Ticks + usSince2000 * 10));
        }
    }
}
