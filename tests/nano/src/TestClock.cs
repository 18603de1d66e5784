using System;
using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>Wall clock from DateTime.UtcNow (100 ns ticks); sleeps spin so they work without threads.</summary>
    public sealed class TestClock : IClock
    {
        private readonly long _start = DateTime.UtcNow.Ticks;

        public long TicksMs()
        {
            return (DateTime.UtcNow.Ticks - _start) / 10000;
        }

        public long TicksUs()
        {
            return (DateTime.UtcNow.Ticks - _start) / 10;
        }

        public void SleepMs(int ms)
        {
            SleepUs(ms * 1000);
        }

        public void SleepUs(int us)
        {
            long end = TicksUs() + us;
            while (TicksUs() < end)
            {
            }
        }

        public long EpochSeconds()
        {
            return (DateTime.UtcNow.Ticks - 621355968000000000L) / 10000000;
        }
    }
}
