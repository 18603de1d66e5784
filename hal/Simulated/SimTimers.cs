namespace MicroPy.Hal.Simulated
{
    /// <summary>Timers as events on the board's clock.</summary>
    public sealed class SimTimers : ITimerService
    {
        private readonly SimBoard _board;

        public SimTimers(SimBoard board)
        {
            _board = board;
        }

        public object Start(long periodUs, bool periodic, IIrqSink sink, object source)
        {
            if (periodUs < 1)
            {
                periodUs = 1;
            }
            return _board.Schedule(_board.NowUs + periodUs, periodic ? periodUs : 0, delegate { sink.OnIrq(source, 1); });
        }

        public void Cancel(object handle)
        {
            SimEvent e = handle as SimEvent;
            if (e != null)
            {
                _board.Cancel(e);
            }
        }

        public long Remaining(object handle)
        {
            SimEvent e = handle as SimEvent;
            if (e == null || e.Cancelled)
            {
                return 0;
            }
            long r = e.Time - _board.NowUs;
            return r < 0 ? 0 : r;
        }
    }
}
