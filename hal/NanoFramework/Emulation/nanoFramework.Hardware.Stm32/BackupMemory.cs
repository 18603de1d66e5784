using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Stm32
{
    /// <summary>RTC backup registers: kept through resets and standby (Chip.Backup survives EmulatedChip.Boot).</summary>
    public static class BackupMemory
    {
        public static int ReadInt32(uint position)
        {
            return Chip.Backup[(position / 4) % 32];
        }

        public static void WriteInt32(uint position, int value)
        {
            Chip.Backup[(position / 4) % 32] = value;
        }
    }
}
