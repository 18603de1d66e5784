using nanoFramework.Device.OneWire;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A 1-Wire bus over nanoFramework's OneWireHost (nanoFramework.Device.OneWire), which times the slots with a
    /// UART whose RX and TX share the bus line: on ESP32 its UART2 (COM3), routed to the bus pin by NanoHardware.
    /// </summary>
    public sealed class NanoOneWire : IOneWire
    {
        private readonly OneWireHost _host;

        public NanoOneWire(OneWireHost host)
        {
            _host = host;
        }

        public bool Reset()
        {
            return _host.TouchReset();
        }

        public int TouchBit(int bit)
        {
            return _host.TouchBit(bit != 0) ? 1 : 0;
        }
    }
}
