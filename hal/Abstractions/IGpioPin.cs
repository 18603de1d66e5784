namespace MicroPy.Hal
{
    /// <summary>One GPIO line. Modes and pulls are the GpioConst values; IRQ triggers are GpioConst.Irq* bits.</summary>
    public interface IGpioPin
    {
        int Number { get; }

        void SetMode(int mode, int pull);

        int Read();

        void Write(int level);

        /// <summary>Enables edge/level events (trigger bits) to sink; trigger 0 disables.</summary>
        void SetIrq(int trigger, IIrqSink sink);
    }
}
