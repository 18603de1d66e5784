namespace MicroPy.Hal
{
    /// <summary>An SPI master bus; chip select is an ordinary GPIO driven by the caller.</summary>
    public interface ISpiBus
    {
        /// <summary>firstBit: 0 = MSB first, 1 = LSB first.</summary>
        void Configure(int baudrate, int polarity, int phase, int bits, int firstBit);

        /// <summary>Full duplex: clocks count bytes out of tx (fill byte when tx is null) and into rx (may be null).</summary>
        void Transfer(byte[] tx, int txOffset, int fill, byte[] rx, int rxOffset, int count);
    }
}
