using MicroPy.Objects;

namespace MicroPy.Modules.Onewire
{
    /// <summary>ds18x20: the DS18X20 driver over onewire.OneWire.</summary>
    public sealed class Ds18x20Module : ValueModule
    {
        private static Ds18x20Module s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static Ds18x20Module Instance
        {
            get { return s_instance ?? (s_instance = new Ds18x20Module()); }
        }

        private Ds18x20Module() : base("ds18x20", new string[] { "DS18X20" })
        {
        }

        public override object GetValue(int id)
        {
            return DS18X20Object.TypeObject;
        }
    }
}
