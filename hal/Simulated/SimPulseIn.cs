namespace MicroPy.Hal.Simulated
{
    /// <summary>The simulated board's pulse capture: drives the start signal on the pin (open drain, pull-up) and
    /// reads the levels that follow from the pin's history.</summary>
    public sealed class SimPulseIn : IPulseIn
    {
        private readonly SimPin _pin;
        private readonly SimBoard _board;

        public SimPulseIn(SimPin pin, SimBoard board)
        {
            _pin = pin;
            _board = board;
        }

        public int Capture(int lowUs, int[] durations, int idleUs)
        {
            _pin.Write(1);
            _pin.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
            _pin.Write(0);
            _board.Sleep(lowUs);
            int from;
            lock (_board.Sync)
            {
                from = _pin.HistoryTimes.Count;
            }
            _pin.Write(1);
            long start = _board.NowUs;
            while (true)
            {
                long last;
                int edges;
                lock (_board.Sync)
                {
                    edges = _pin.HistoryTimes.Count - from;
                    last = edges > 0 ? _pin.HistoryTimes[_pin.HistoryTimes.Count - 1] : start;
                }
                long quiet = _board.NowUs - last;
                if (quiet >= idleUs || edges > durations.Length)
                {
                    break;
                }
                _board.Sleep(idleUs - quiet);
            }
            lock (_board.Sync)
            {
                int n = 0;
                for (int i = from; i + 1 < _pin.HistoryTimes.Count && n < durations.Length; i++)
                {
                    durations[n++] = (int)(_pin.HistoryTimes[i + 1] - _pin.HistoryTimes[i]);
                }
                return n;
            }
        }
    }
}
