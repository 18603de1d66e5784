using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>Pins wired together share one net and one logic level.</summary>
    public sealed class SimNet
    {
        public readonly List<SimPin> Pins = new List<SimPin>();
        public int Level;
    }
}
