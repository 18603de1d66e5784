namespace MicroPy.Hal
{
    public interface IAdcChannel
    {
        /// <summary>Raw reading in 0 .. 2^Bits - 1.</summary>
        int Read();

        int Bits { get; }
    }
}
