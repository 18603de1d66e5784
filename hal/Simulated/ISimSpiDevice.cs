namespace MicroPy.Hal.Simulated
{
    /// <summary>A device on a simulated SPI bus, selected while its chip-select pin is low.</summary>
    public interface ISimSpiDevice
    {
        /// <summary>Full duplex: consumes the bytes clocked out, fills the bytes clocked in. newTransaction is true for
        /// the first transfer after chip select went low.</summary>
        void Transfer(byte[] mosi, byte[] miso, bool newTransaction);
    }
}
