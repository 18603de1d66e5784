namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated PWM output: while running it drives the real waveform on its pin in virtual time (a rising edge
    /// every period, a falling edge duty later), so the pin's history and time_pulse_us see the pulses. 0% and 100%
    /// are steady levels; periods under 2 us (over 500 kHz) cannot be drawn at 1 us resolution and show the nearer
    /// steady level.
    /// </summary>
    public sealed class SimPwm : IPwmChannel
    {
        private readonly SimPin _pin;
        private readonly SimBoard _board;
        private SimEvent _rise;
        private SimEvent _fall;
        public int Frequency;
        public int DutyPer10k;
        public bool Inverted;
        public bool Running;

        public SimPwm(SimPin pin, SimBoard board)
        {
            _pin = pin;
            _board = board;
        }

        public void Configure(int frequency, int dutyPer10k, bool invert)
        {
            Frequency = frequency;
            DutyPer10k = dutyPer10k;
            Inverted = invert;
            Apply();
        }

        public void Start()
        {
            if (!Running)
            {
                Running = true;
                _pin.SetMode(GpioConst.ModeAlt, _pin.Pull);
                Apply();
            }
        }

        public void Stop()
        {
            Running = false;
            Cancel();
            _pin.Write(0);
        }

        private void Cancel()
        {
            if (_rise != null)
            {
                _board.Cancel(_rise);
                _board.Cancel(_fall);
                _rise = null;
                _fall = null;
            }
        }

        private void Apply()
        {
            Cancel();
            if (!Running)
            {
                return;
            }
            int d = Inverted ? 10000 - DutyPer10k : DutyPer10k;
            long period = Frequency > 0 ? (1000000L + Frequency / 2) / Frequency : 0;
            if (d <= 0 || d >= 10000 || period < 2)
            {
                _pin.Write(d >= 5000 ? 1 : 0);
                return;
            }
            long high = (period * d + 5000) / 10000;
            high = high < 1 ? 1 : high >= period ? period - 1 : high;
            long start = _board.NowUs;
            _rise = _board.Schedule(start, period, delegate { _pin.Write(1); });
            _fall = _board.Schedule(start + high, period, delegate { _pin.Write(0); });
        }
    }
}
