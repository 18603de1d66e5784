namespace MicroPy.Hal.Simulated
{
    /// <summary>The board's RTC: starts at 2000-01-01 00:00:00 and runs with the board clock.</summary>
    public sealed class SimRtc : IRtc
    {
        private readonly SimBoard _board;
        private long _offset;

        public SimRtc(SimBoard board)
        {
            _board = board;
        }

        public long NowUs()
        {
            return _offset + _board.NowUs;
        }

        public void Set(long usSince2000)
        {
            _offset = usSince2000 - _board.NowUs;
        }
    }
}
