namespace MicroPy.Hal.Simulated
{
    /// <summary>Reset, sleep and identity of the simulated chip.</summary>
    public sealed class SimSystem : ISystemControl
    {
        private readonly SimBoard _board;
        private long _frequency = 240000000;
        /// <summary>Cause reported after the next (or current) boot.</summary>
        public int Cause = MicroPy.Hal.ResetCause.PowerOn;
        public int Wake;
        /// <summary>Cause of the reset in progress (set when a reset is raised).</summary>
        public int NextCause = MicroPy.Hal.ResetCause.PowerOn;

        public SimSystem(SimBoard board)
        {
            _board = board;
        }

        public void Reset()
        {
            _board.RaiseReset(MicroPy.Hal.ResetCause.SoftReset);
        }

        public int ResetCause
        {
            get { return Cause; }
        }

        public int WakeReason
        {
            get { return Wake; }
        }

        public long Frequency
        {
            get { return _frequency; }
        }

        public bool SetFrequency(long hz)
        {
            if (hz != 80000000 && hz != 160000000 && hz != 240000000)
            {
                return false;
            }
            _frequency = hz;
            return true;
        }

        public byte[] UniqueId()
        {
            return new byte[] { 0x24, 0x0a, 0xc4, 0x5e, 0x1a, 0x00 };
        }

        public void Idle()
        {
            long next = _board.NextEventTime();
            long now = _board.NowUs;
            _board.Sleep(next > now && next - now < 1000 ? next - now : 1000);
        }

        public void LightSleep(int ms)
        {
            if (ms < 0)
            {
                long next = _board.NextEventTime();
                long now = _board.NowUs;
                _board.Sleep(next > now ? next - now : 1);
                return;
            }
            _board.Sleep(ms * 1000L);
        }

        public void DeepSleep(int ms)
        {
            if (ms > 0)
            {
                _board.Sleep(ms * 1000L);
            }
            Wake = ms > 0 ? MicroPy.Hal.ResetCause.RtcWake : 0;
            _board.RaiseReset(MicroPy.Hal.ResetCause.DeepSleepReset);
        }
    }
}
