using System;
using System.IO;
#if NF_STM32
using nanoFramework.Hardware.Stm32;
#endif

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// nanoFramework reports no reset cause, so the HAL records why it reboots the chip (machine.reset, the software
    /// watchdog) and reads the record once at the next boot: on STM32 in backup SRAM (BackupMemory), elsewhere in a
    /// small file on the flash drive (written only when the firmware itself reboots). A power cycle or the reset
    /// button leaves no record and reads as POWER_ON.
    /// </summary>
    public static class ResetMarker
    {
        private const int Magic = 0x4D500000;
        private const string FileName = ".reset_cause";

        public static string FlashDrive;

        public static void Write(int cause)
        {
            try
            {
#if NF_STM32
                BackupMemory.WriteInt32(0, Magic | cause);
#else
                if (FlashDrive != null)
                {
                    File.WriteAllBytes(Path(), new byte[] { (byte)'M', (byte)'P', (byte)cause });
                }
#endif
            }
            catch (Exception)
            {
            }
        }

        /// <summary>The recorded cause (and clears it), or -1.</summary>
        public static int Take()
        {
            try
            {
#if NF_STM32
                int v = BackupMemory.ReadInt32(0);
                BackupMemory.WriteInt32(0, 0);
                return (v & 0x7FFF0000) == Magic ? v & 0xFF : -1;
#else
                if (FlashDrive == null || !File.Exists(Path()))
                {
                    return -1;
                }
                byte[] b = File.ReadAllBytes(Path());
                File.Delete(Path());
                return b.Length == 3 && b[0] == 'M' && b[1] == 'P' ? b[2] : -1;
#endif
            }
            catch (Exception)
            {
                return -1;
            }
        }

        private static string Path()
        {
            return FlashDrive + "\\" + FileName;
        }
    }
}
