namespace MicroPy.Hal
{
    /// <summary>machine.reset_cause() and wake reason values.</summary>
    public static class ResetCause
    {
        public const int PowerOn = 0;
        public const int HardReset = 1;
        public const int WdtReset = 2;
        public const int DeepSleepReset = 3;
        public const int SoftReset = 4;
        /// <summary>Not a reset: the board went to sleep with nothing that can wake it, and stays off until reset.</summary>
        public const int Halted = -1;

        public const int WlanWake = 1;
        public const int PinWake = 2;
        public const int RtcWake = 4;
    }
}
