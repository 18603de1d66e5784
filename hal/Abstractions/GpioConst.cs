namespace MicroPy.Hal
{
    /// <summary>Pin mode, pull, drive and IRQ trigger values (also the Python-visible machine.Pin constants). Modes,
    /// pulls and drives have distinct values, so that a constant of the wrong kind is rejected.</summary>
    public static class GpioConst
    {
        public const int ModeIn = 0;
        public const int ModeOut = 1;
        public const int ModeOpenDrain = 2;
        public const int ModeAlt = 3;
        public const int ModeAltOpenDrain = 4;

        public const int PullNone = -1;
        public const int PullUp = 8;
        public const int PullDown = 9;

        public const int LowPower = 16;
        public const int MedPower = 17;
        public const int HighPower = 18;

        public const int IrqFalling = 1;
        public const int IrqRising = 2;
        public const int IrqLowLevel = 4;
        public const int IrqHighLevel = 8;
    }
}
