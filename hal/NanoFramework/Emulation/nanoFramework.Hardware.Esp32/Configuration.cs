using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>
    /// Pin routing: SetPinFunction records which pin carries a peripheral line; the buses and PwmChannel.CreateFromPin
    /// look it up (nf-interpreter targets/ESP32/_common/ESP32_DeviceMapping.cpp, Esp32_SetMappedDevicePins).
    /// </summary>
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction function)
        {
            Chip c = Chip.Current;
            if (!c.Esp32 || !c.IsValidPin(pin))
            {
                throw new ArgumentException();
            }
            c.SetFunction(pin, (int)function);
        }

        public static int GetFunctionPin(DeviceFunction function)
        {
            return Chip.Current.PinOfFunction((int)function);
        }
    }
}
