// Reference declarations: package nanoFramework.Hardware.Esp32 1.6.x (assembly nanoFramework.Hardware.Esp32).
// Only the members hal/NanoFramework uses; enum values as in nanoframework/nanoFramework.Hardware.Esp32. Never deployed.
using System;

namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        SPI1_MOSI = 0x10000 + 0x100 + 0,
        SPI1_MISO = 0x10000 + 0x100 + 1,
        SPI1_CLOCK = 0x10000 + 0x100 + 2,
        SPI2_MOSI = 0x10000 + 0x200 + 0,
        SPI2_MISO = 0x10000 + 0x200 + 1,
        SPI2_CLOCK = 0x10000 + 0x200 + 2,
        I2C1_DATA = 0x20000 + 0x100 + 0,
        I2C1_CLOCK = 0x20000 + 0x100 + 1,
        I2C2_DATA = 0x20000 + 0x200 + 0,
        I2C2_CLOCK = 0x20000 + 0x200 + 1,
        COM1_TX = 0x30000 + 0x100 + 0,
        COM1_RX = 0x30000 + 0x100 + 1,
        COM2_TX = 0x30000 + 0x200 + 0,
        COM2_RX = 0x30000 + 0x200 + 1,
        COM3_TX = 0x30000 + 0x300 + 0,
        COM3_RX = 0x30000 + 0x300 + 1,
        PWM1 = 0x40000 + 0x100,
        ADC1_CH0 = 0x50000 + 0x100 + 0,
    }

    public enum EspNativeError
    {
        OK = 0,
        FAIL = -1,
    }

    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value)
        {
            throw new NotSupportedException();
        }
    }

    public class Sleep
    {
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart,
            Wifi,
            CoCpu,
            CoCpuTrapTrig,
            Bt,
        }

        public static EspNativeError EnableWakeupByTimer(TimeSpan time)
        {
            throw new NotSupportedException();
        }

        public static EspNativeError StartLightSleep()
        {
            throw new NotSupportedException();
        }

        public static void StartDeepSleep()
        {
            throw new NotSupportedException();
        }

        public static WakeupCause GetWakeupCause()
        {
            throw new NotSupportedException();
        }
    }

    public class NativeMemory
    {
        public enum MemoryType
        {
            All,
            Internal,
            SpiRam,
        }

        public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock)
        {
            throw new NotSupportedException();
        }
    }

    public class HighResTimer
    {
        public static ulong GetCurrent()
        {
            throw new NotSupportedException();
        }
    }
}
