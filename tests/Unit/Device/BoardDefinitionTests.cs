using System.Collections.Generic;
using MicroPy.Boards;
using MicroPy.Hal;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>Every board definition is self-consistent: what machine and the device HAL read from it exists.</summary>
    public class BoardDefinitionTests
    {
        public static IEnumerable<object[]> Boards()
        {
            foreach (string id in BoardCatalog.Ids)
            {
                yield return new object[] { id };
            }
        }

        private static BoardDefinition Board(string id)
        {
            BoardDefinition b = BoardCatalog.Find(id);
            Assert.NotNull(b);
            return b;
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void NamesAreUniqueAndResolve(string id)
        {
            BoardDefinition b = Board(id);
            Assert.Equal(b.PinNames.Length, b.PinNumbers.Length);
            Assert.Equal(b.LedNames.Length, b.LedPins.Length);
            Assert.Equal(b.ButtonNames.Length, b.ButtonPins.Length);
            HashSet<string> names = new HashSet<string>();
            List<string> all = new List<string>(b.PinNames);
            all.AddRange(b.LedNames);
            all.AddRange(b.ButtonNames);
            foreach (string n in all)
            {
                Assert.False(string.IsNullOrEmpty(n), id + ": empty pin name");
                Assert.True(names.Add(n), id + ": duplicate pin name " + n);
                Assert.True(b.FindPin(n) >= 0, id + ": " + n + " does not resolve");
            }
            for (int i = 0; i < b.PinNames.Length; i++)
            {
                Assert.Equal(b.PinNumbers[i], b.FindPin(b.PinNames[i]));
            }
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void EveryNamedAndBusPinIsAGpio(string id)
        {
            BoardDefinition b = Board(id);
            Assert.Equal(b.Gpios.Length, new HashSet<int>(b.Gpios).Count);
            foreach (int p in b.PinNumbers)
            {
                Assert.True(b.IsGpio(p), id + ": named pin " + p + " is not in Gpios");
            }
            foreach (int p in b.LedPins)
            {
                Assert.True(b.IsGpio(p), id + ": LED pin " + p);
            }
            foreach (int p in b.ButtonPins)
            {
                Assert.True(b.IsGpio(p), id + ": button pin " + p);
            }
            Assert.Equal(0, b.I2c.Length % 2);
            Assert.Equal(0, b.Spi.Length % 3);
            Assert.Equal(0, b.Uart.Length % 2);
            CheckBus(b, id, "I2C", b.I2c, 2);
            CheckBus(b, id, "SPI", b.Spi, 3);
            CheckBus(b, id, "UART", b.Uart, 2);
            foreach (int p in b.AdcPins)
            {
                Assert.True(p == -1 || b.IsGpio(p), id + ": ADC pin " + p);
            }
        }

        private static void CheckBus(BoardDefinition b, string id, string what, int[] table, int width)
        {
            int buses = 0;
            for (int bus = 0; bus < table.Length / width; bus++)
            {
                int present = 0;
                HashSet<int> used = new HashSet<int>();
                for (int k = 0; k < width; k++)
                {
                    int p = table[bus * width + k];
                    if (p < 0)
                    {
                        continue;
                    }
                    present++;
                    Assert.True(b.IsGpio(p), id + ": " + what + bus + " pin " + p + " is not in Gpios");
                    Assert.True(used.Add(p), id + ": " + what + bus + " uses pin " + p + " twice");
                }
                if (present > 0)
                {
                    buses++;
                    // A bus is complete (I2C: scl+sda, SPI: sck+mosi+miso, UART: tx+rx) or absent.
                    Assert.Equal(width, present);
                }
            }
            Assert.True(buses > 0, id + ": no " + what + " bus");
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void ReplUartExists(string id)
        {
            BoardDefinition b = Board(id);
            Assert.InRange(b.ReplUart, 0, b.UartCount - 1);
            Assert.True(b.Uart[2 * b.ReplUart] >= 0 && b.Uart[2 * b.ReplUart + 1] >= 0, id + ": REPL UART has no pins");
        }

        [Theory]
        [InlineData("esp32_devkitc")]
        [InlineData("esp32s3_devkitc")]
        [InlineData("esp32c3_devkitm")]
        [InlineData("m5stack_core2")]
        [InlineData("stm32f769i_discovery")]
        public void DeviceBoardsServeTheReplOffTheDebuggerUartAndHaveStorage(string id)
        {
            BoardDefinition b = Board(id);
            // nanoFramework's debugger owns UART0 on ESP32 and USART1 (ST-LINK VCP) on the STM32 board. On ESP32-S3/C3
            // it runs over the native USB when that is connected at boot, leaving UART0 (the USB-UART bridge) to the
            // REPL; otherwise it takes UART0 and the REPL falls back to another UART.
            int debugger = DeviceBuses.IsEsp32(b) ? 0 : 1;
            if (b.Mcu == "ESP32S3" || b.Mcu == "ESP32C3")
            {
                Assert.Equal(0, b.ReplUart);
                Assert.InRange(b.ReplUartFallback, 1, b.UartCount - 1);
                Assert.True(b.Uart[2 * b.ReplUartFallback] >= 0 && b.Uart[2 * b.ReplUartFallback + 1] >= 0);
            }
            else
            {
                Assert.NotEqual(debugger, b.ReplUart);
                Assert.Equal(-1, b.ReplUartFallback);
            }
            Assert.True(b.FlashDrive != null || b.SdDrive != null, id + ": nowhere to keep boot.py/main.py");
            foreach (string d in new[] { b.FlashDrive, b.SdDrive })
            {
                Assert.True(d == null || (d.Length == 2 && d[1] == ':' && d[0] >= 'A' && d[0] <= 'Z'), id + ": drive " + d);
            }
            Assert.True(b.CpuFrequency > 0);
            Assert.Equal("COM", DeviceBuses.UartPort(b, b.ReplUart).Substring(0, 3));
        }

        [Fact]
        public void Esp32BoardsOfferNoFlashPins()
        {
            foreach (string id in new[] { "esp32_devkitc", "m5stack_core2" })
            {
                BoardDefinition b = Board(id);
                for (int p = 6; p <= 11; p++)
                {
                    Assert.False(b.IsGpio(p), id + ": GPIO" + p + " is a flash pin");
                }
            }
            BoardDefinition s3 = Board("esp32s3_devkitc");
            for (int p = 26; p <= 32; p++)
            {
                Assert.False(s3.IsGpio(p), "ESP32-S3: GPIO" + p + " is a flash/PSRAM pin");
            }
            BoardDefinition c3 = Board("esp32c3_devkitm");
            for (int p = 12; p <= 19; p++)
            {
                Assert.False(c3.IsGpio(p), "ESP32-C3: GPIO" + p + " is a flash or native USB pin");
            }
        }

        [Fact]
        public void NanoFrameworkTargetNamesFindTheBoards()
        {
            Assert.Equal("ESP32 DevKitC", BoardCatalog.Find("ESP32_REV3").Name);
            Assert.Equal("ESP32-S3 DevKitC-1", BoardCatalog.Find("ESP32_S3").Name);
            Assert.Equal("ESP32-C3 DevKitM-1", BoardCatalog.Find("ESP32_C3").Name);
            Assert.Equal("M5Stack Core2", BoardCatalog.Find("M5Core2").Name);
            Assert.Equal("STM32F769I-DISCOVERY", BoardCatalog.Find("ST_STM32F769I_DISCOVERY").Name);
            Assert.Null(BoardCatalog.Find("NO_SUCH_TARGET"));
        }

        [Fact]
        public void Stm32PinNamesFollowNanoFrameworkNumbering()
        {
            BoardDefinition b = Board("stm32f769i_discovery");
            Assert.Equal(9 * 16 + 13, b.FindPin("PJ13"));
            Assert.Equal(b.FindPin("LED_RED"), b.FindPin("PJ13"));
            Assert.Equal(2 * 16 + 7, b.FindPin("D0"));
            Assert.Equal(b.FindPin("D13"), b.FindPin("LED_GREEN2"));
            Assert.Equal(0, b.FindPin("USER"));
        }

        [Fact]
        public void SimulatedBoardKeepsTheChipView()
        {
            BoardDefinition b = Board("sim");
            Assert.True(b.IsGpio(37) && b.IsGpio(38));
            Assert.Equal(new[] { 36, 37, 38, 39, 32, 33, 34, 35 }, b.AdcPins);
            Assert.False(Board("esp32_devkitc").IsGpio(37));
        }
    }
}
