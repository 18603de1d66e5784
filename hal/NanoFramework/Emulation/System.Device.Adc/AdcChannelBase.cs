namespace System.Device.Adc
{
    public abstract class AdcChannelBase
    {
        internal AdcController _adcController;

        public abstract int ReadValue();

        public double ReadRatio()
        {
            return ReadValue() / (double)_adcController.MaxValue;
        }

        public AdcController Controller
        {
            get { return _adcController; }
        }
    }
}
