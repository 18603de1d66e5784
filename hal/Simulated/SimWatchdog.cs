namespace MicroPy.Hal.Simulated
{
    /// <summary>A watchdog on the board clock: expiry resets the simulated board with WDT_RESET.</summary>
    public sealed class SimWatchdog : IWatchdog
    {
        private readonly SimBoard _board;
        private SimEvent _expiry;
        public int TimeoutMs;

        public SimWatchdog(SimBoard board)
        {
            _board = board;
        }

        public bool Running
        {
            get { return _expiry != null; }
        }

        public void Start(int timeoutMs)
        {
            if (_expiry != null)
            {
                // Once started it cannot be reconfigured; a second WDT() just feeds it.
                Feed();
                return;
            }
            TimeoutMs = timeoutMs;
            Arm();
        }

        /// <summary>A reset or deep sleep stops it (as the RESET button does).</summary>
        public void Stop()
        {
            if (_expiry != null)
            {
                _board.Cancel(_expiry);
                _expiry = null;
            }
        }

        public void Feed()
        {
            if (_expiry != null)
            {
                _board.Cancel(_expiry);
                Arm();
            }
        }

        private void Arm()
        {
            _expiry = _board.Schedule(_board.NowUs + TimeoutMs * 1000L, 0, delegate
            {
                _expiry = null;
                _board.RaiseReset(ResetCause.WdtReset);
            });
        }
    }
}
