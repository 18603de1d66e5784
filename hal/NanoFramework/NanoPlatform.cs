using System;
using MicroPy.Boards;
using nanoFramework.Runtime.Native;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>Installs the nanoFramework HAL into Platform for a board.</summary>
    public static class NanoPlatform
    {
        /// <summary>
        /// The board definition for this firmware: BoardCatalog by nanoFramework's target name (SystemInfo.TargetName,
        /// e.g. ESP32_REV3, M5Core2, ST_STM32F769I_DISCOVERY), else the override id, else the ESP32 DevKitC.
        /// </summary>
        public static BoardDefinition DetectBoard(string overrideId)
        {
            BoardDefinition b = overrideId != null ? BoardCatalog.Find(overrideId) : null;
            if (b != null)
            {
                return b;
            }
            try
            {
                b = BoardCatalog.Find(SystemInfo.TargetName);
            }
            catch (Exception)
            {
                b = null;
            }
            return b != null ? b : BoardCatalog.Find("esp32_devkitc");
        }

        public static NanoHardware Install(BoardDefinition board, IConsole console)
        {
            ResetMarker.FlashDrive = board.FlashDrive;
            int recorded = ResetMarker.Take();
            Platform.Console = console;
            Platform.Math = new NanoMath();
            Platform.Clock = new NanoClock();
            Platform.FileSystem = new NanoFileSystem(board.FlashDrive, board.SdDrive);
            Platform.Memory = new NanoMemory();
            NanoHardware hw = new NanoHardware(board, recorded);
            Platform.Hardware = hw;
            // usocket over System.Net (Wi-Fi on ESP32, Ethernet on STM32); network.WLAN only where there is Wi-Fi.
            Platform.Sockets = new NanoSocketStack();
#if NF_STM32
            Platform.Network = null;
#else
            Platform.Network = new NanoNetwork();
#endif
            // Compiled code images (.pe made by micropy-freeze) on the home mount, loaded at each start (NativeImages).
            Platform.CodeLoader = new NanoCodeLoader();
            Platform.Name = "nanoframework";
            Platform.EpochYear = 2000;
            return hw;
        }
    }
}
