extern alias nfesp32;
extern alias nfstm32;

using MicroPy.Boards;
using MicroPy.Hal;
using MicroPy.Hal.Simulated;

namespace MicroPy.Host
{
    /// <summary>
    /// --nf-emulation: the board's machine peripherals through the nanoFramework adapters (hal/NanoFramework) and the
    /// emulated device libraries, whose electrical side is the simulated board (SimNfWorld), so `sim` drives them.
    /// </summary>
    internal static class NfEmulationHost
    {
        public static IHardware Boot(SimBoard board, SimNfWorld world, int hostCause)
        {
            IHardware hw;
            if (DeviceBuses.IsEsp32(board.Definition))
            {
                hw = new nfesp32::MicroPy.Hal.NanoFramework.Desktop.EmulatedHardware(board.Definition, world, board, hostCause);
            }
            else
            {
                hw = new nfstm32::MicroPy.Hal.NanoFramework.Desktop.EmulatedHardware(board.Definition, world, board, hostCause);
            }
            Platform.Hardware = hw;
            return hw;
        }
    }
}
