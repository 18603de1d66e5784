namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>The MCU families whose firmware rules the emulation knows (IBoardWorld.Mcu).</summary>
    public static class EmulatedMcu
    {
        /// <summary>ESP32 (nf-interpreter targets/ESP32, ESP-IDF drivers).</summary>
        public const int Esp32 = 0;

        /// <summary>STM32F7 (nf-interpreter targets/ChibiOS, e.g. ST_STM32F769I_DISCOVERY).</summary>
        public const int Stm32F7 = 1;
    }
}
