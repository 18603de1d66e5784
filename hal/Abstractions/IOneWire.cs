namespace MicroPy.Hal
{
    /// <summary>A 1-Wire bus master at standard speed: reset and presence, and single time slots.</summary>
    public interface IOneWire
    {
        /// <summary>A reset pulse; true when a device answers with a presence pulse.</summary>
        bool Reset();

        /// <summary>One time slot: writes bit (a 1 is also a read slot) and returns the bit sampled on the bus.</summary>
        int TouchBit(int bit);
    }
}
