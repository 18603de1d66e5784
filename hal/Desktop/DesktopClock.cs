using System;
using System.Diagnostics;
using System.Threading;

namespace MicroPy.Hal.Desktop
{
    /// <summary>Real-time clock of the host (the simulated board brings a virtual one).</summary>
    public sealed class DesktopClock : IClock
    {
        private readonly Stopwatch _sw = Stopwatch.StartNew();

        public long TicksMs() { return _sw.ElapsedMilliseconds; }

        public long TicksUs() { return _sw.ElapsedTicks * 1000000L / Stopwatch.Frequency; }

        public void SleepMs(int ms) { if (ms > 0) Thread.Sleep(ms); }

        public void SleepUs(int us)
        {
            long end = TicksUs() + us;
            if (us > 2000)
            {
                Thread.Sleep(us / 1000 - 1);
            }
            while (TicksUs() < end)
            {
                Thread.SpinWait(10);
            }
        }

        public long EpochSeconds() { return DateTimeOffset.UtcNow.ToUnixTimeSeconds(); }
    }
}
