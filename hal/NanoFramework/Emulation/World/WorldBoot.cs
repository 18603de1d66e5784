namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>Why the emulated chip booted (IBoardWorld.BootCause, IBoardWorld.PowerDown).</summary>
    public static class WorldBoot
    {
        public const int PowerOn = 0;
        public const int TimerWake = 1;
        public const int PinWake = 2;
        public const int Reboot = 3;
    }
}
