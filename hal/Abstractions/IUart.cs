namespace MicroPy.Hal
{
    /// <summary>A UART. Read never blocks: the caller implements timeouts over Available and the clock.</summary>
    public interface IUart
    {
        /// <summary>parity: -1 none, 0 even, 1 odd.</summary>
        void Configure(int baudrate, int bits, int parity, int stop);

        int Write(byte[] data, int offset, int count);

        int Read(byte[] data, int offset, int count);

        int Available { get; }

        void SendBreak();

        /// <summary>Called with flags 1 when bytes arrive; null disables.</summary>
        void SetRxIrq(IIrqSink sink);

        void Close();
    }
}
