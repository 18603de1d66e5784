namespace MicroPy.Hal.Simulated
{
    /// <summary>A simulated 12-bit ADC channel whose raw value the test sets.</summary>
    public sealed class SimAdc : IAdcChannel
    {
        public int Value;

        public int Read()
        {
            return Value;
        }

        public int Bits
        {
            get { return 12; }
        }
    }
}
