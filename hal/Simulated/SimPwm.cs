namespace MicroPy.Hal.Simulated
{
    /// <summary>A simulated PWM output: records its configuration; the pin shows the duty as a steady level only
    /// at 0% and 100%.</summary>
    public sealed class SimPwm : IPwmChannel
    {
        private readonly SimPin _pin;
        public int Frequency;
        public int DutyPer10k;
        public bool Inverted;
        public bool Running;

        public SimPwm(SimPin pin)
        {
            _pin = pin;
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
            Running = true;
            _pin.SetMode(GpioConst.ModeAlt, _pin.Pull);
            Apply();
        }

        public void Stop()
        {
            Running = false;
        }

        private void Apply()
        {
            if (!Running)
            {
                return;
            }
            int d = Inverted ? 10000 - DutyPer10k : DutyPer10k;
            if (d <= 0)
            {
                _pin.Write(0);
            }
            else if (d >= 10000)
            {
                _pin.Write(1);
            }
        }
    }
}
