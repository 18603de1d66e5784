using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>The board definitions built into the image; each is created only when asked for.</summary>
    public static class BoardCatalog
    {
        public static readonly string[] Ids = new string[]
        {
            "esp32_devkitc", "esp32s3_devkitc", "esp32c3_devkitm", "m5stack_core2", "stm32f769i_discovery", "sim", "wipy",
        };

        /// <summary>Board by id (as listed in Ids, or nanoFramework's target name); null if unknown.</summary>
        public static BoardDefinition Find(string id)
        {
            switch (id)
            {
                case "esp32_devkitc":
                case "ESP32_REV0":
                case "ESP32_REV3":
                case "ESP32_PSRAM_REV0":
                case "ESP32_PSRAM_REV3":
                case "ESP32_BLE_REV0":
                case "ESP32_BLE_REV3":
                case "ESP32_REV3_IPV6":
                case "ESP32_PSRAM_REV3_IPV6":
                case "ESP32_PSRAM_XTAL26_REV0":
                    return Esp32DevKitC.Create();
                case "esp32s3_devkitc":
                case "ESP32_S3":
                case "ESP32_S3_ALL":
                case "ESP32_S3_BLE":
                    return Esp32S3DevKitC.Create();
                case "esp32c3_devkitm":
                case "ESP32_C3":
                    return Esp32C3DevKitM.Create();
                case "m5stack_core2":
                case "M5Core2":
                    return M5StackCore2.Create();
                case "stm32f769i_discovery":
                case "ST_STM32F769I_DISCOVERY":
                    return Stm32F769IDiscovery.Create();
                case "sim":
                    return SimulatedBoard.Create();
                case "wipy":
                    return WiPy.Create();
            }
            return null;
        }

        /// <summary>"GPIO0".."GPIOn" names for a list of pin numbers (ESP32 boards name pins by number).</summary>
        internal static string[] GpioNames(int[] numbers)
        {
            string[] names = new string[numbers.Length];
            for (int i = 0; i < numbers.Length; i++)
            {
                names[i] = "GPIO" + numbers[i].ToString();
            }
            return names;
        }

        internal static string[] Concat(string[] a, string[] b)
        {
            string[] r = new string[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                r[i] = a[i];
            }
            for (int i = 0; i < b.Length; i++)
            {
                r[a.Length + i] = b[i];
            }
            return r;
        }

        internal static int[] Concat(int[] a, int[] b)
        {
            int[] r = new int[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                r[i] = a[i];
            }
            for (int i = 0; i < b.Length; i++)
            {
                r[a.Length + i] = b[i];
            }
            return r;
        }
    }
}
