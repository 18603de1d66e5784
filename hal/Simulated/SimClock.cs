namespace MicroPy.Hal.Simulated
{
    /// <summary>The board's clock: virtual (instant sleeps) or real time, always through the board's event queue.</summary>
    public sealed class SimClock : IClock
    {
        private readonly SimBoard _board;

        public SimClock(SimBoard board)
        {
            _board = board;
        }

        public long TicksMs()
        {
            return _board.Observe() / 1000;
        }

        public long TicksUs()
        {
            return _board.Observe();
        }

        public void SleepMs(int ms)
        {
            if (ms > 0)
            {
                _board.Sleep(ms * 1000L);
            }
        }

        public void SleepUs(int us)
        {
            if (us > 0)
            {
                _board.Sleep(us);
            }
        }

        /// <summary>Unix seconds of the board's RTC (which starts at 2000-01-01 00:00:00 on power-up).</summary>
        public long EpochSeconds()
        {
            // The RTC counts from 2000; the port's epoch is Platform.EpochYear (2000 on a board).
            return _board.Rtc.NowUs() / 1000000L - MicroPy.Modules.CivilTime.DaysFromCivil(Platform.EpochYear, 1, 1) * 86400L;
        }
    }
}
