using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// The desktop simulated board: an ESP32 DevKitC look-alike (same GPIO numbers, buses, ADC channels) whose
    /// peripherals are the simulation in hal/Simulated. Pins are also reachable as P0..P39.
    /// </summary>
    public static class SimulatedBoard
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = Esp32DevKitC.Create();
            b.Name = "simulated board";
            b.Mcu = "simulated ESP32";
            int n = b.Gpios.Length;
            string[] names = new string[n * 2];
            int[] numbers = new int[n * 2];
            for (int i = 0; i < n; i++)
            {
                names[i] = "GPIO" + b.Gpios[i].ToString();
                numbers[i] = b.Gpios[i];
                names[n + i] = "P" + b.Gpios[i].ToString();
                numbers[n + i] = b.Gpios[i];
            }
            b.PinNames = names;
            b.PinNumbers = numbers;
            b.ButtonNames = new string[] { "BUTTON" };
            b.ReplUart = 0;
            b.FlashDrive = null;
            b.SdDrive = null;
            return b;
        }
    }
}
