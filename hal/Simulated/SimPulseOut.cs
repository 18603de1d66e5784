namespace MicroPy.Hal.Simulated
{
    /// <summary>The simulated RMT transmitter: plays the items' levels on the pin at their nanosecond times (devices
    /// on the pin see each edge), then moves board time past the train.</summary>
    public sealed class SimPulseOut : IPulseOut
    {
        private readonly SimPin _pin;
        private readonly SimBoard _board;

        public SimPulseOut(SimPin pin, SimBoard board)
        {
            _pin = pin;
            _board = board;
        }

        public void Send(byte[] items, int count, int tickNs)
        {
            _pin.SetMode(GpioConst.ModeOut, _pin.Pull);
            long t = _board.NowUs * 1000;
            for (int i = 0; i < count; i++)
            {
                for (int h = 0; h < 2; h++)
                {
                    int lo = items[4 * i + 2 * h];
                    int hi = items[4 * i + 2 * h + 1];
                    int ticks = lo | ((hi & 0x7F) << 8);
                    if (ticks == 0)
                    {
                        // A zero duration ends the transmission, as on the RMT.
                        i = count;
                        break;
                    }
                    _pin.WriteAt(hi >> 7, t);
                    t += (long)ticks * tickNs;
                }
            }
            _pin.WriteAt(0, t);
            long end = (t + 999) / 1000;
            _board.Sleep(end - _board.NowUs);
        }
    }
}
