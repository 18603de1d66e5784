namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>The world the emulated libraries run against: set it before the first device call (default MemoryWorld).</summary>
    public static class BoardWorld
    {
        private static IBoardWorld s_current;

        public static IBoardWorld Current
        {
            get
            {
                if (s_current == null)
                {
                    s_current = new MemoryWorld(EmulatedMcu.Esp32, "ESP32_REV3");
                }
                return s_current;
            }
            set { s_current = value; }
        }
    }
}
