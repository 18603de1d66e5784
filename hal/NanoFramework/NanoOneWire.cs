using nanoFramework.Device.OneWire;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A 1-Wire bus over nanoFramework's OneWireHost (nanoFramework.Device.OneWire), which times the slots with a
    /// UART whose RX and TX share the bus line: on ESP32 its UART2 (COM3). There is one host (the library refuses a
    /// second), so NanoHardware moves it to this bus's pin before each operation when another bus used it last.
    /// </summary>
    public sealed class NanoOneWire : IOneWire
    {
        private readonly NanoHardware _hw;
        private readonly int _pin;

        public NanoOneWire(NanoHardware hw, int pin)
        {
            _hw = hw;
            _pin = pin;
        }

        public int Pin
        {
            get { return _pin; }
        }

        public bool Reset()
        {
            return _hw.OneWireHostOn(_pin).TouchReset();
        }

        public int TouchBit(int bit)
        {
            return _hw.OneWireHostOn(_pin).TouchBit(bit != 0) ? 1 : 0;
        }
    }
}
