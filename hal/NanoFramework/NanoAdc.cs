using System.Device.Adc;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>An ADC channel over System.Device.Adc (channel numbers as the board's AdcPins table and the firmware's).</summary>
    public sealed class NanoAdc : IAdcChannel
    {
        private readonly AdcChannel _channel;
        private readonly int _bits;

        public NanoAdc(AdcChannel channel, int bits)
        {
            _channel = channel;
            _bits = bits;
        }

        public int Read()
        {
            return _channel.ReadValue();
        }

        public int Bits
        {
            get { return _bits; }
        }
    }
}
