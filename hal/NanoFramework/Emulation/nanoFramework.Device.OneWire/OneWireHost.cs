using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Device.OneWire
{
    /// <summary>
    /// The 1-Wire host (nanoframework/nanoFramework.Device.OneWire, OneWireHost.cs): the firmware runs it on a UART
    /// whose TX (open drain) and RX share the line; on ESP32 UART2, whose TX and RX pins must have been routed with
    /// Configuration.SetPinFunction (nf-interpreter targets/ESP32/_nanoCLR/nanoFramework.Device.OneWire: uart_set_pin
    /// with Esp32_GetMappedDevicePins(DEV_TYPE_SERIAL, UART_NUM_2, ...)). The emulated world has no 1-Wire timing:
    /// a reset finds no device present and read slots read 1 (the pulled-up idle line).
    /// </summary>
    public class OneWireHost : IDisposable
    {
        private bool _disposed;

        public OneWireHost()
        {
            Chip c = Chip.Current;
            // COM3_TX = 0x30000 + 3 * 0x100, COM3_RX the line after it. The firmware needs both routed
            // (CLR_E_PIN_UNAVAILABLE); the emulated chip keeps one function per pin, so one routed line on a shared
            // pin stands for both.
            if (c.Esp32 && c.PinOfFunction(0x30300) < 0 && c.PinOfFunction(0x30301) < 0)
            {
                throw new InvalidOperationException();
            }
        }

        public bool TouchReset()
        {
            Check();
            return false;
        }

        public bool TouchBit(bool value)
        {
            Check();
            return true;
        }

        private void Check()
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
