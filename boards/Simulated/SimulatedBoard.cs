using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// The desktop simulated board: an ESP32 DevKitC look-alike (same buses, LED, ADC channels) whose peripherals
    /// are the simulation in hal/Simulated. It models the bare ESP32 chip, so GPIO37/38 (ADC1 channels 1 and 2)
    /// exist here although the DevKitC header lacks them. Pins are reachable as GPIOn and Pn.
    /// </summary>
    public static class SimulatedBoard
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = Esp32DevKitC.Create();
            b.Name = "simulated board";
            b.Mcu = "simulated ESP32";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
            b.AdcPins = new int[] { 36, 37, 38, 39, 32, 33, 34, 35 };
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
