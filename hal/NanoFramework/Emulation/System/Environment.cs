using MicroPy.Hal.NanoFramework.Emulation;

namespace System
{
    /// <summary>nanoFramework.Runtime.Native's Environment: milliseconds since boot, in board time.</summary>
    public static class Environment
    {
        public static long TickCount64
        {
            get { return Chip.World.NowTicks / TimeSpan.TicksPerMillisecond; }
        }
    }
}
