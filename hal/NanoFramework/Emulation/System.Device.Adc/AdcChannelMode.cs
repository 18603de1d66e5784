namespace System.Device.Adc
{
    public enum AdcChannelMode
    {
        SingleEnded = 0,
        Differential,
    }
}
