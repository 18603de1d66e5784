namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The simulated board's 1-Wire master: bit-bangs the pin (open drain, pull-up) with the standard-speed times
    /// of Maxim's application note 126: reset low 480 us, presence sampled 70 us after release, 410 us recovery;
    /// a 1 or read slot low 6 us, sampled at 15 us, 70 us in all; a 0 slot low 60 us, 70 us in all. Devices on the
    /// pin see only these edges.
    /// </summary>
    public sealed class SimOneWireMaster : IOneWire
    {
        private readonly SimPin _pin;
        private readonly SimBoard _board;

        public SimOneWireMaster(SimPin pin, SimBoard board)
        {
            _pin = pin;
            _board = board;
            _pin.Write(1);
            _pin.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
        }

        public bool Reset()
        {
            _pin.Write(0);
            _board.Sleep(480);
            _pin.Write(1);
            _board.Sleep(70);
            bool present = _pin.Read() == 0;
            _board.Sleep(410);
            return present;
        }

        public int TouchBit(int bit)
        {
            _pin.Write(0);
            if (bit == 0)
            {
                _board.Sleep(60);
                _pin.Write(1);
                _board.Sleep(10);
                return 0;
            }
            _board.Sleep(6);
            _pin.Write(1);
            _board.Sleep(9);
            int v = _pin.Read();
            _board.Sleep(55);
            return v;
        }
    }
}
