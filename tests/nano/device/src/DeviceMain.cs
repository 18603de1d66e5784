using MicroPy.Boards;
using MicroPy.Hal;
using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.DeviceTests
{
    /// <summary>
    /// Entry point of the device-image run on nanoCLR: the ESP32 DevKitC world with the scripted terminal on its REPL
    /// UART, then the device app's own entry point (firmware/Device/Program.Main), which never returns: the world ends
    /// the run (ScriptedWorld).
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            uint free0 = nanoFramework.Runtime.Native.GC.Run(false);
            BoardDefinition board = BoardCatalog.Find("esp32_devkitc");
            string port = DeviceBuses.UartPort(board, board.ReplUart);
            int com = int.Parse(port.Substring(3));
            System.Console.WriteLine("@@@ DEVICE START board esp32_devkitc repl " + port + " free " + free0.ToString());
            BoardWorld.Current = new ScriptedWorld(com, free0);
            // Compiled bodies attached from now on count their runs (ScriptedWorld reports them at the end).
            MicroPy.Runtime.CompiledRegistry.CountRuns = true;
            MicroPy.Device.Program.Main();
        }
    }
}
