namespace System.Device.Spi
{
    public enum DataFlow
    {
        MsbFirst,
        LsbFirst,
    }
}
