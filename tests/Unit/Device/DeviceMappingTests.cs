using MicroPy.Boards;
using MicroPy.Hal;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>The portable rules of the nanoFramework port: paths onto drives, bus ids, ESP32 pin functions, I2C errors.</summary>
    public class DeviceMappingTests
    {
        [Theory]
        [InlineData("/flash", "I:\\")]
        [InlineData("/flash/", "I:\\")]
        [InlineData("/flash/main.py", "I:\\main.py")]
        [InlineData("/flash/lib/x.py", "I:\\lib\\x.py")]
        [InlineData("/flash//lib/./x.py", "I:\\lib\\x.py")]
        [InlineData("/flash/lib/../boot.py", "I:\\boot.py")]
        [InlineData("/flash/../../sd/x", "I:\\sd\\x")]
        [InlineData("/sd", "D:\\")]
        [InlineData("/sd/data/log.txt", "D:\\data\\log.txt")]
        [InlineData("/", null)]
        [InlineData("/flashy", null)]
        [InlineData("/etc/passwd", null)]
        [InlineData("main.py", null)]
        [InlineData("", null)]
        public void PythonPathsMapOntoDrives(string path, string expected)
        {
            Assert.Equal(expected, DevicePaths.ToNative(path, "I:", "D:"));
        }

        [Fact]
        public void MissingDrivesMapToNothing()
        {
            Assert.Null(DevicePaths.ToNative("/sd/x", "I:", null));
            Assert.Null(DevicePaths.ToNative("/flash/x", null, "D:"));
            Assert.Equal("D:\\x", DevicePaths.ToNative("/sd/x", null, "D:"));
            Assert.Equal(new[] { "flash", "sd" }, DevicePaths.RootEntries("I:", "D:"));
            Assert.Equal(new[] { "sd" }, DevicePaths.RootEntries(null, "D:"));
            Assert.Empty(DevicePaths.RootEntries(null, null));
        }

        [Theory]
        [InlineData("I:\\", "/flash")]
        [InlineData("I:\\main.py", "/flash/main.py")]
        [InlineData("i:\\lib\\x.py", "/flash/lib/x.py")]
        [InlineData("D:\\data\\", "/sd/data")]
        [InlineData("E:\\x", null)]
        public void DrivePathsMapBack(string native, string expected)
        {
            Assert.Equal(expected, DevicePaths.FromNative(native, "I:", "D:"));
        }

        [Theory]
        [InlineData("/flash/lib/x.py")]
        [InlineData("/sd/a/b/c.txt")]
        [InlineData("/flash")]
        public void MappingRoundTrips(string path)
        {
            Assert.Equal(path, DevicePaths.FromNative(DevicePaths.ToNative(path, "I:", "D:"), "I:", "D:"));
        }

        [Theory]
        [InlineData("I:\\lib\\x.py", "x.py")]
        [InlineData("I:\\lib\\", "lib")]
        [InlineData("D:\\a", "a")]
        [InlineData("/flash/main.py", "main.py")]
        public void LeafNames(string path, string leaf)
        {
            Assert.Equal(leaf, DevicePaths.LeafName(path));
        }

        [Theory]
        [InlineData(DeviceErrors.I2cFullTransfer, 5, 5)]
        [InlineData(DeviceErrors.I2cSlaveAddressNotAcknowledged, 5, -19)]
        [InlineData(DeviceErrors.I2cClockStretchTimeout, 5, -110)]
        [InlineData(DeviceErrors.I2cPartialTransfer, 5, -5)]
        [InlineData(DeviceErrors.I2cUnknownError, 5, -5)]
        public void I2cTransferStatusMapsToErrno(int status, int requested, int expected)
        {
            Assert.Equal(expected, DeviceErrors.I2cResult(status, requested));
        }

        [Fact]
        public void Esp32BusesAreNumberedFromOneInNanoFramework()
        {
            BoardDefinition esp = BoardCatalog.Find("esp32_devkitc");
            Assert.Equal(1, DeviceBuses.I2cBus(esp, 0));
            Assert.Equal(2, DeviceBuses.I2cBus(esp, 1));
            Assert.Equal(1, DeviceBuses.SpiBus(esp, 1));
            Assert.Equal(2, DeviceBuses.SpiBus(esp, 2));
            Assert.Equal("COM1", DeviceBuses.UartPort(esp, 0));
            Assert.Equal("COM3", DeviceBuses.UartPort(esp, esp.ReplUart));
            Assert.Equal("COM2", DeviceBuses.UartPort(BoardCatalog.Find("esp32s3_devkitc"), 1));
            BoardDefinition stm = BoardCatalog.Find("stm32f769i_discovery");
            Assert.Equal(1, DeviceBuses.I2cBus(stm, 1));
            Assert.Equal(2, DeviceBuses.SpiBus(stm, 2));
            Assert.Equal("COM6", DeviceBuses.UartPort(stm, stm.ReplUart));
        }

        [Fact]
        public void Esp32PinFunctionsMatchNanoFrameworksDeviceFunctionValues()
        {
            // nanoFramework.Hardware.Esp32.DeviceFunction: DeviceType * 0x10000 + index * 0x100 + n.
            Assert.Equal(0x20100, DeviceBuses.Esp32I2cFunction(1, false)); // I2C1_DATA
            Assert.Equal(0x20201, DeviceBuses.Esp32I2cFunction(2, true)); // I2C2_CLOCK
            Assert.Equal(0x10100, DeviceBuses.Esp32SpiFunction(1, 0)); // SPI1_MOSI
            Assert.Equal(0x10202, DeviceBuses.Esp32SpiFunction(2, 2)); // SPI2_CLOCK
            Assert.Equal(0x30300, DeviceBuses.Esp32SerialFunction(3, 0)); // COM3_TX
            Assert.Equal(0x30201, DeviceBuses.Esp32SerialFunction(2, 1)); // COM2_RX
            Assert.Equal(0x40100, DeviceBuses.Esp32PwmFunction(1)); // PWM1
            Assert.Equal(0x41000, DeviceBuses.Esp32PwmFunction(16)); // PWM16
            Assert.Equal(0x50107, DeviceBuses.Esp32AdcFunction(7)); // ADC1_CH7
        }

        [Fact]
        public void SoftwareBusRequestsLandOnAHardwareBus()
        {
            BoardDefinition esp = BoardCatalog.Find("esp32_devkitc");
            Assert.Equal(0, DeviceBuses.I2cIdForRequest(esp, 0, 22, 21));
            Assert.Equal(0, DeviceBuses.I2cIdForRequest(esp, -1, 22, 21));
            Assert.Equal(1, DeviceBuses.I2cIdForRequest(esp, -1, 4, 5));
            Assert.Equal(-1, DeviceBuses.I2cIdForRequest(esp, 2, 22, 21));
            Assert.Equal(2, DeviceBuses.SpiIdForRequest(esp, -1, 18));
            Assert.Equal(2, DeviceBuses.SpiIdForRequest(esp, -1, 5));
            Assert.Equal(-1, DeviceBuses.SpiIdForRequest(esp, 0, 14));
            BoardDefinition stm = BoardCatalog.Find("stm32f769i_discovery");
            Assert.Equal(1, DeviceBuses.I2cIdForRequest(stm, -1, stm.FindPin("D15"), stm.FindPin("D14")));
            Assert.Equal(-1, DeviceBuses.I2cIdForRequest(stm, -1, stm.FindPin("D2"), stm.FindPin("D3")));
            Assert.Equal(-1, DeviceBuses.I2cIdForRequest(stm, 0, 0, 1));
        }
    }
}
