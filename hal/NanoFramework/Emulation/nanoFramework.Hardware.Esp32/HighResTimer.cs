using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>HighResTimer's clock (the instance timer itself is not emulated).</summary>
    public class HighResTimer : global::System.IDisposable
    {
        /// <summary>Microseconds since boot (esp_timer_get_time).</summary>
        public static ulong GetCurrent()
        {
            return (ulong)(Chip.World.NowTicks / 10);
        }

        public void Dispose()
        {
        }
    }
}
