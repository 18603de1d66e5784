using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    public class HighResTimer
    {
        /// <summary>Microseconds since boot (esp_timer_get_time).</summary>
        public static ulong GetCurrent()
        {
            return (ulong)(Chip.World.NowTicks / 10);
        }
    }
}
