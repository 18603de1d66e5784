namespace System.Device.Adc
{
    public abstract class AdcControllerBase
    {
        public abstract bool IsChannelModeSupported(AdcChannelMode channelMode);

        public abstract AdcChannel OpenChannel(int channelNumber);

        public abstract int ChannelCount { get; }

        public abstract AdcChannelMode ChannelMode { get; set; }

        public abstract int MaxValue { get; }

        public abstract int MinValue { get; }

        public abstract int ResolutionInBits { get; }
    }
}
