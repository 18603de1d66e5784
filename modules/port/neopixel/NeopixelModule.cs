using MicroPy.Objects;

namespace MicroPy.Modules.Neopixel
{
    /// <summary>neopixel: the NeoPixel class (WS2812/WS2811 LED strips).</summary>
    public sealed class NeopixelModule : ValueModule
    {
        private static NeopixelModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static NeopixelModule Instance
        {
            get { return s_instance ?? (s_instance = new NeopixelModule()); }
        }

        private NeopixelModule() : base("neopixel", new string[] { "NeoPixel" })
        {
        }

        public override object GetValue(int id)
        {
            return NeoPixelObject.TypeObject;
        }
    }
}
