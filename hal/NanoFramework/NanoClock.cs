using System;
using System.Threading;
#if !NF_STM32
using nanoFramework.Hardware.Esp32;
#endif

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// Monotonic time: milliseconds from Environment.TickCount64 (nanoFramework.Runtime.Native); microseconds from
    /// the ESP32 high-resolution timer, elsewhere the millisecond count * 1000. Epoch seconds come from the RTC
    /// (DateTime.UtcNow) against MicroPython's device epoch 2000-01-01.
    /// </summary>
    public sealed class NanoClock : IClock
    {
        public static readonly long Epoch2000Ticks = new DateTime(2000, 1, 1, 0, 0, 0).Ticks;

        public long TicksMs()
        {
            return Environment.TickCount64;
        }

        public long TicksUs()
        {
#if NF_STM32
            return Environment.TickCount64 * 1000;
#else
            return (long)HighResTimer.GetCurrent();
#endif
        }

        public void SleepMs(int ms)
        {
            if (ms > 0)
            {
                Thread.Sleep(ms);
            }
        }

        public void SleepUs(int us)
        {
            if (us <= 0)
            {
                return;
            }
#if NF_STM32
            Thread.Sleep((us + 999) / 1000);
#else
            long end = TicksUs() + us;
            if (us > 2000)
            {
                Thread.Sleep(us / 1000 - 1);
            }
            while (TicksUs() < end)
            {
            }
#endif
        }

        public long EpochSeconds()
        {
            return (DateTime.UtcNow.Ticks - Epoch2000Ticks) / TimeSpan.TicksPerSecond;
        }
    }
}
