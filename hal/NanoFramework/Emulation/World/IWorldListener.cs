namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>What the world reports back to the emulated firmware.</summary>
    public interface IWorldListener
    {
        /// <summary>The level at a watched pin changed.</summary>
        void PinChanged(int pin, int level);

        /// <summary>Bytes arrived on COMn.</summary>
        void UartReceived(int com);
    }
}
