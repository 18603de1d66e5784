// Reference declarations: package nanoFramework.Hardware.Stm32 1.10.x (assembly nanoFramework.Hardware.Stm32).
// Only the members hal/NanoFramework uses (STM32 build, NanoMcu=stm32). Never deployed.
using System;

namespace nanoFramework.Hardware.Stm32
{
    public static class Utilities
    {
        public static byte[] UniqueDeviceId
        {
            get { throw new NotSupportedException(); }
        }
    }

    public static partial class Power
    {
        public enum WakeupReasonType
        {
            Undetermined = 0,
            FromStandby,
            FromPin,
        }

        public static WakeupReasonType WakeupReason
        {
            get { throw new NotSupportedException(); }
        }

        public static void EnterStandbyMode()
        {
            throw new NotSupportedException();
        }
    }

    public static class RTC
    {
        public static void SetAlarm(DateTime time)
        {
            throw new NotSupportedException();
        }
    }

    public static class BackupMemory
    {
        public static int ReadInt32(uint position)
        {
            throw new NotSupportedException();
        }

        public static void WriteInt32(uint position, int value)
        {
            throw new NotSupportedException();
        }
    }
}
