using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Runtime.Native
{
    public static class SystemInfo
    {
        public static string TargetName
        {
            get { return Chip.World.TargetName; }
        }
    }
}
