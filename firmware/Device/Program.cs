using System;
using System.Diagnostics;
using System.Threading;

namespace MicroPy.Device
{
    /// <summary>
    /// The nanoFramework entry point. nanoCLR ends a program silently on an unhandled exception, so everything runs
    /// under a catch that reports the failure (on the REPL UART when it is up, and on the debugger channel) and
    /// starts the board session again after a pause; Main itself never returns.
    /// </summary>
    public class Program
    {
        /// <summary>
        /// Board id from boards/BoardCatalog (esp32_devkitc, esp32s3_devkitc, m5stack_core2, stm32f769i_discovery),
        /// or null to pick it from nanoFramework's target name (falling back to the ESP32 DevKitC).
        /// </summary>
        public const string BoardId = null;

        /// <summary>REPL UART speed.</summary>
        public const int ReplBaudrate = 115200;

        public static void Main()
        {
            DeviceSession session = null;
            while (true)
            {
                try
                {
                    if (session == null)
                    {
                        session = new DeviceSession(BoardId, ReplBaudrate);
                    }
                    session.Run();
                }
                catch (Exception e)
                {
                    string msg = "MicroPy.Nano fatal: " + e.GetType().FullName + ": " + e.Message;
                    Debug.WriteLine(msg);
                    Console.WriteLine(msg);
                    if (session != null)
                    {
                        session.Report(msg);
                    }
                }
                Thread.Sleep(1000);
            }
        }
    }
}
