using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Adc
{
    public class AdcChannel : AdcChannelBase, IDisposable
    {
        private readonly int _channelNumber;
        private bool _disposed;

        internal AdcChannel(AdcController controller, int channelNumber)
        {
            _adcController = controller;
            _channelNumber = channelNumber;
        }

        public override int ReadValue()
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            int v = Chip.World.AdcRead(_channelNumber);
            return v < 0 ? 0 : v > 4095 ? 4095 : v;
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
