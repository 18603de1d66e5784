using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        /// <summary>Runs the collector and returns the free managed memory (as the world measures it; 0 unknown).</summary>
        public static uint Run(bool compactHeap)
        {
            return (uint)Chip.World.FreeMemory(true);
        }
    }
}
