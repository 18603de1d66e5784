namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>The RMT's source clock (SourceClock.cs): the library always reports APB.</summary>
    public enum SourceClock
    {
        APB,
        REF,
    }
}
