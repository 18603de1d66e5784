using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    public class NativeMemory
    {
        public enum MemoryType
        {
            All,
            Internal,
            SpiRam,
        }

        /// <summary>The emulated chip reports its managed free memory as its native free memory.</summary>
        public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock)
        {
            long free = memType == MemoryType.SpiRam ? 0 : Chip.World.FreeMemory(false);
            totalSize = memType == MemoryType.SpiRam ? 0u : 327680u;
            totalFreeSize = (uint)free;
            largestFreeBlock = (uint)free;
        }
    }
}
