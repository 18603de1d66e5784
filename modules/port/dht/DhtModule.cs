using MicroPy.Objects;

namespace MicroPy.Modules.Dht
{
    /// <summary>dht: the DHT11 and DHT22 (AM2302) temperature and humidity sensors.</summary>
    public sealed class DhtModule : ValueModule
    {
        private static DhtModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static DhtModule Instance
        {
            get { return s_instance ?? (s_instance = new DhtModule()); }
        }

        private DhtModule() : base("dht", new string[] { "DHT11", "DHT22" })
        {
        }

        public override object GetValue(int id)
        {
            return DHTObject.TypeOf(id == 1);
        }
    }
}
