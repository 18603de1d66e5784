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
            if (!Chip.Current.Esp32 && _channelNumber >= 5)
            {
                return Internal(_channelNumber);
            }
            int v = Chip.World.AdcRead(_channelNumber);
            return v < 0 ? 0 : v > 4095 ? 4095 : v;
        }

        /// <summary>
        /// STM32F769 internal sources (target_system_device_adc_config.cpp: 5 ADC_CHANNEL_SENSOR, 6 VREFINT, 7 VBAT),
        /// 12 bits against 3.3 V, at the STM32F7 datasheet's typical values: the sensor's 0.76 V at 25 °C, VREFINT
        /// 1.21 V, VBAT (3.3 V) through its divider by 4. Assumed values, not from nanoFramework's sources.
        /// </summary>
        private static int Internal(int channel)
        {
            return channel == 5 ? 943 : channel == 6 ? 1502 : 1024;
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
