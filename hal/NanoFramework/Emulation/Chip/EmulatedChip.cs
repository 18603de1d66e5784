namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>The emulation's entry point for a host: boots the emulated chip on a world.</summary>
    public static class EmulatedChip
    {
        /// <summary>Makes world the board's world and starts the chip afresh (as after a reset).</summary>
        public static void Boot(IBoardWorld world)
        {
            BoardWorld.Current = world;
            Chip.Boot();
        }
    }
}
