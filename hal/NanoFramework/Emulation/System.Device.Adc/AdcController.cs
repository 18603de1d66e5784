using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Adc
{
    /// <summary>
    /// AdcController with the firmware's channel numbering. ESP32: 12-bit, ADC1 channels 0-7 (GPIO36, 37, 38, 39,
    /// 32, 33, 34, 35), 8 the internal temperature sensor, 9 the Hall sensor, 10-19 ADC2 (nf-interpreter
    /// targets/ESP32/_nanoCLR/System.Device.Adc/sys_dev_adc_native_System_Device_Adc_AdcChannel.cpp). STM32F769I-DISCO:
    /// 12-bit, channels 0-4 on PA6, PA4, PC2, PF10, PF8, then the internal sources 5 temperature sensor, 6 VREFINT,
    /// 7 VBAT (targets/ChibiOS/ST_STM32F769I_DISCOVERY/target_system_device_adc_config.cpp). Another channel
    /// number throws ArgumentException.
    /// </summary>
    public class AdcController : AdcControllerBase
    {
        private AdcChannelMode _mode = AdcChannelMode.SingleEnded;

        public AdcController()
        {
        }

        public override bool IsChannelModeSupported(AdcChannelMode channelMode)
        {
            return channelMode == AdcChannelMode.SingleEnded;
        }

        public override AdcChannel OpenChannel(int channelNumber)
        {
            if (channelNumber < 0 || channelNumber >= ChannelCount)
            {
                throw new ArgumentException();
            }
            return new AdcChannel(this, channelNumber);
        }

        public override int ChannelCount
        {
            get { return Chip.Current.Esp32 ? 20 : 8; }
        }

        public override AdcChannelMode ChannelMode
        {
            get { return _mode; }
            set { _mode = value; }
        }

        public override int MaxValue
        {
            get { return 4095; }
        }

        public override int MinValue
        {
            get { return 0; }
        }

        public override int ResolutionInBits
        {
            get { return 12; }
        }
    }
}
