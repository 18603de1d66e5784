extern alias nfesp32;
extern alias nfstm32;

using System;
using MicroPy.Boards;
using MicroPy.Objects;
using MicroPy.Hal;
using MicroPy.Hal.NanoFramework.Emulation;
using Xunit;
using Esp = nfesp32::MicroPy.Hal.NanoFramework;
using EspChip = nfesp32::MicroPy.Hal.NanoFramework.Emulation.EmulatedChip;
using Stm = nfstm32::MicroPy.Hal.NanoFramework;
using StmChip = nfstm32::MicroPy.Hal.NanoFramework.Emulation.EmulatedChip;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// The issue-21 findings, each through the real adapters (hal/NanoFramework, compiled for ESP32 and for STM32)
    /// over the emulated nanoFramework libraries and a recording world. One class: the emulated chip is static state.
    /// </summary>
    [Collection("nf-emulation")]
    public class NfFindingTests
    {
        private sealed class Sink : IIrqSink
        {
            public int Count;

            public void OnIrq(object source, int flags)
            {
                Count++;
            }
        }

        private static NfEmulationWorld Esp32()
        {
            NfEmulationWorld w = new NfEmulationWorld(EmulatedMcu.Esp32, "ESP32_REV3");
            EspChip.Boot(w);
            return w;
        }

        private static NfEmulationWorld Stm32()
        {
            NfEmulationWorld w = new NfEmulationWorld(EmulatedMcu.Stm32F7, "ST_STM32F769I_DISCOVERY");
            StmChip.Boot(w);
            return w;
        }

        private static Esp.NanoHardware EspHardware()
        {
            return new Esp.NanoHardware(BoardCatalog.Find("esp32_devkitc"), -1);
        }

        private static Stm.NanoHardware StmHardware()
        {
            return new Stm.NanoHardware(BoardCatalog.Find("stm32f769i_discovery"), -1);
        }

        /// <summary>Finding 1: Pin(n, OUT) and value(x) on an input must not reach GpioPin.Write on a non-output.</summary>
        [Fact]
        public void Finding1_OutputModeAndValueOnInputDoNotThrow()
        {
            NfEmulationWorld w = Esp32();
            IGpioPin p = EspHardware().OpenPin(2);
            p.SetMode(GpioConst.ModeIn, GpioConst.PullNone);
            p.Write(1);
            Assert.Equal(0, w.ReadPin(2));
            p.SetMode(GpioConst.ModeOut, GpioConst.PullNone);
            Assert.Equal(1, w.ReadPin(2));
        }

        /// <summary>Finding 2: every switch to an output drives low; Pin(n, OUT, value=1) and irq() on an output keep 1.</summary>
        [Fact]
        public void Finding2_OutputKeepsItsLevelThroughModeSetupAndIrq()
        {
            NfEmulationWorld w = Stm32();
            IGpioPin p = StmHardware().OpenPin(157);
            p.Write(1);
            p.SetMode(GpioConst.ModeOut, GpioConst.PullNone);
            Assert.Equal(1, w.ReadPin(157));
            p.SetIrq(GpioConst.IrqRising | GpioConst.IrqFalling, new Sink());
            Assert.Equal(1, w.ReadPin(157));
            p.SetIrq(0, null);
            Assert.Equal(1, w.ReadPin(157));
        }

        /// <summary>Finding 3: ValueChanged fires on every write to an output; the IRQ must see level changes only.</summary>
        [Fact]
        public void Finding3_IrqOnOutputSeesChangesOnly()
        {
            Esp32();
            IGpioPin p = EspHardware().OpenPin(4);
            p.SetMode(GpioConst.ModeOut, GpioConst.PullNone);
            Sink s = new Sink();
            p.SetIrq(GpioConst.IrqRising | GpioConst.IrqFalling, s);
            p.Write(1);
            p.Write(1);
            p.Write(1);
            p.Write(0);
            p.Write(0);
            Assert.Equal(2, s.Count);
        }

        /// <summary>Finding 4: ESP32 sends a ushort buffer low byte first; the bytes must leave in buffer order.</summary>
        [Fact]
        public void Finding4_Esp32Spi16BitFramesKeepByteOrder()
        {
            NfEmulationWorld w = Esp32();
            Esp.NanoSpiBus b = new Esp.NanoSpiBus(1);
            b.Configure(1000000, 0, 0, 16, 0);
            byte[] rx = new byte[4];
            b.Transfer(new byte[] { 0x12, 0x34, 0x56, 0x78 }, 0, 0, rx, 0, 4);
            Assert.Equal(new byte[] { 0x12, 0x34, 0x56, 0x78 }, w.SpiWire.ToArray());
            Assert.Equal(new byte[] { 0x12, 0x34, 0x56, 0x78 }, rx);
        }

        /// <summary>STM32 16-bit frames are real 16-bit words, high byte first: the same buffer order on the wire.</summary>
        [Fact]
        public void Finding4_Stm32Spi16BitFramesKeepByteOrder()
        {
            NfEmulationWorld w = Stm32();
            Stm.NanoSpiBus b = new Stm.NanoSpiBus(2);
            b.Configure(1000000, 0, 0, 16, 0);
            b.Transfer(new byte[] { 0x12, 0x34 }, 0, 0, null, 0, 2);
            Assert.Equal(new byte[] { 0x12, 0x34 }, w.SpiWire.ToArray());
        }

        /// <summary>Finding 5: STM32 ignores LSB-first for 8-bit frames: 0x01 LSB first is 0x80 as read MSB first.</summary>
        [Fact]
        public void Finding5_Stm32LsbFirst8Bit()
        {
            NfEmulationWorld w = Stm32();
            Stm.NanoSpiBus b = new Stm.NanoSpiBus(2);
            b.Configure(1000000, 0, 0, 8, 1);
            byte[] rx = new byte[2];
            b.Transfer(new byte[] { 0x01, 0x03 }, 0, 0, rx, 0, 2);
            Assert.Equal(new byte[] { 0x80, 0xC0 }, w.SpiWire.ToArray());
            Assert.Equal(new byte[] { 0x01, 0x03 }, rx);
        }

        /// <summary>Finding 6: a lightsleep timer stays armed; deepsleep() without a time must not wake after it.</summary>
        [Fact]
        public void Finding6_Esp32DeepSleepWithoutTimeIgnoresLightSleepTimer()
        {
            NfEmulationWorld w = Esp32();
            Esp.NanoHardware hw = EspHardware();
            hw.System.LightSleep(100);
            Assert.Throws<BoardResetException>(() => hw.System.DeepSleep(0));
            Assert.Equal(1, w.PowerDowns);
            Assert.Equal(-1, w.LastWakeMs);
        }

        /// <summary>Finding 7: STM32F769I-DISCO stores no wake reason and its alarm matches whole seconds.</summary>
        [Fact]
        public void Finding7_Stm32DeepSleepWakesSoonAndReportsDeepSleep()
        {
            NfEmulationWorld w = Stm32();
            Stm.NanoHardware hw = StmHardware();
            Assert.Throws<BoardResetException>(() => hw.System.DeepSleep(300));
            Assert.InRange(w.LastWakeMs, 300, 2000);
            StmChip.Boot(w);
            ISystemControl after = StmHardware().System;
            Assert.Equal(ResetCause.DeepSleepReset, after.ResetCause);
            Assert.Equal(ResetCause.RtcWake, after.WakeReason);
        }

        /// <summary>Finding 8: the F769I-DISCO firmware has COM5 and COM6 only; the table offers UART(5), not UART(1).</summary>
        [Fact]
        public void Finding8_Stm32UartTableMatchesFirmware()
        {
            NfEmulationWorld w = Stm32();
            Stm.NanoHardware hw = StmHardware();
            Assert.Null(hw.OpenUart(1, -1, -1));
            IUart u = hw.OpenUart(5, -1, -1);
            Assert.NotNull(u);
            u.Configure(115200, 8, -1, 1);
            u.Write(new byte[] { 0x41 }, 0, 1);
            Assert.Equal(new byte[] { 0x41 }, w.Take(5));
        }

        /// <summary>Finding 8: a SerialPort whose Open failed stays registered; NanoUart must dispose it.</summary>
        [Fact]
        public void Finding8_FailedOpenLeavesNoHalfOpenPort()
        {
            Stm32();
            Stm.NanoUart u = new Stm.NanoUart("COM2");
            Assert.Throws<PyException>(() => u.Configure(9600, 8, -1, 1));
            nfstm32::System.IO.Ports.SerialPort again = new nfstm32::System.IO.Ports.SerialPort("COM2");
            again.Dispose();
        }

        /// <summary>Finding 9: the F769's ADC channel 5 is the temperature sensor, not PF9 (A5).</summary>
        [Fact]
        public void Finding9_Stm32AdcTableMatchesFirmware()
        {
            BoardDefinition b = BoardCatalog.Find("stm32f769i_discovery");
            int[] firmware = { 6, 4, 34, 90, 88 };
            Assert.Equal(firmware, b.AdcPins);
        }

        /// <summary>
        /// Finding 10: ESP32 PWM channels n and n+1 share a timer. machine's PwmTimers picks the timer and the adapter
        /// opens the output on a channel of that timer (IHardware.OpenPwm(pin, timer), issue 26): outputs on two timers
        /// keep their own frequencies, two outputs on one timer share its frequency (the firmware's rule).
        /// </summary>
        [Fact]
        public void Finding10_Esp32PwmOutputsKeepTheirFrequencies()
        {
            NfEmulationWorld w = Esp32();
            Esp.NanoHardware hw = EspHardware();
            IPwmChannel a = hw.OpenPwm(25, 0);
            IPwmChannel b = hw.OpenPwm(26, 1);
            a.Configure(1000, 5000, false);
            b.Configure(5000, 5000, false);
            Assert.Equal(1000, w.PwmFrequency[25]);
            Assert.Equal(5000, w.PwmFrequency[26]);
            IPwmChannel c = hw.OpenPwm(27, 0);
            c.Configure(2000, 5000, false);
            Assert.Equal(2000, w.PwmFrequency[25]);
            Assert.Null(hw.OpenPwm(34, 2));
            // machine's deinit only stops an output: its channel must be free for the next output on that timer.
            a.Start();
            a.Stop();
            c.Start();
            IPwmChannel d = hw.OpenPwm(14, 0);
            d.Configure(3000, 5000, false);
            Assert.Equal(3000, w.PwmFrequency[14]);
        }

        /// <summary>Finding 11 (kept): a NACK anywhere is reported as an address NACK, so OSError ENODEV, as MicroPython's esp32 port.</summary>
        [Fact]
        public void Finding11_AnyNackIsEnodev()
        {
            NfEmulationWorld w = Esp32();
            Esp.NanoI2cBus b = new Esp.NanoI2cBus(1);
            w.I2cAnswer = 1;
            Assert.Equal(-OsErrno.ENODEV, b.Write(0x50, new byte[] { 1, 2 }, 0, 2, true));
            w.I2cAnswer = 0;
            Assert.Equal(2, b.Write(0x50, new byte[] { 1, 2 }, 0, 2, true));
        }

        /// <summary>ESP32 outputs have no input buffer (gpio_get_level reads 0): value() of an output is the latched level.</summary>
        [Fact]
        public void Finding12_Esp32OutputReadsItsLevel()
        {
            NfEmulationWorld w = Esp32();
            IGpioPin p = EspHardware().OpenPin(5);
            p.SetMode(GpioConst.ModeOut, GpioConst.PullNone);
            p.Write(1);
            Assert.Equal(1, w.ReadPin(5));
            Assert.Equal(1, p.Read());
        }

        /// <summary>Storage: the adapter's file system over the emulated System.IO.FileSystem, /flash = I: on ESP32, /sd = D: on STM32.</summary>
        [Fact]
        public void FileSystemOverEmulatedDrives()
        {
            NfEmulationWorld w = Esp32();
            IFileSystem fs = new Esp.NanoFileSystem("I:", null);
            IFile f = fs.Open("/flash/main.py", "w");
            byte[] text = System.Text.Encoding.ASCII.GetBytes("print(1)\n");
            f.Write(text, 0, text.Length);
            f.Close();
            fs.MakeDir("/flash/lib");
            Assert.Equal(text, w.ReadFile("I:\\main.py"));
            Assert.Equal(new[] { "lib", "main.py" }, Sorted(fs.ListDir("/flash")));
            Assert.Equal(text, fs.ReadAll("/flash/main.py"));
            fs.Rename("/flash/main.py", "/flash/lib/m.py");
            Assert.Equal(text, w.ReadFile("I:\\lib\\m.py"));
            Assert.Throws<PyException>(() => fs.Open("/flash/none.py", "r"));
            NfEmulationWorld s = Stm32();
            IFileSystem sd = new Stm.NanoFileSystem(null, "D:");
            IFile g = sd.Open("/sd/boot.py", "w");
            g.Write(text, 0, text.Length);
            g.Close();
            Assert.Equal(text, s.ReadFile("D:\\boot.py"));
        }

        private static string[] Sorted(string[] a)
        {
            Array.Sort(a, StringComparer.Ordinal);
            return a;
        }

        /// <summary>
        /// Emulation rules: Write on an input throws, GPIO34-39 take no output mode and have no pulls, pins 20/24 do not
        /// exist on ESP32, STM32 has no open-drain pull-up, and STM32's ADC channel 5 is the temperature sensor.
        /// </summary>
        [Fact]
        public void EmulatedGpioFollowsTheFirmware()
        {
            Esp32();
            nfesp32::System.Device.Gpio.GpioController c = new nfesp32::System.Device.Gpio.GpioController();
            nfesp32::System.Device.Gpio.GpioPin p = c.OpenPin(34);
            Assert.Throws<ArgumentException>(() => p.Write(nfesp32::System.Device.Gpio.PinValue.High));
            Assert.Throws<ArgumentException>(() => p.SetPinMode(nfesp32::System.Device.Gpio.PinMode.Output));
            Assert.Throws<InvalidOperationException>(() => c.OpenPin(34));
            Assert.Throws<InvalidOperationException>(() => c.OpenPin(24));
            NfEmulationWorld w = Esp32();
            c = new nfesp32::System.Device.Gpio.GpioController();
            c.OpenPin(34).SetPinMode(nfesp32::System.Device.Gpio.PinMode.InputPullUp);
            c.OpenPin(4).SetPinMode(nfesp32::System.Device.Gpio.PinMode.InputPullUp);
            Assert.Equal(0, w.ReadPin(34));
            Assert.Equal(1, w.ReadPin(4));
            NfEmulationWorld s = Stm32();
            s.SetAdc(0, 1234);
            s.SetAdc(5, 4000);
            nfstm32::System.Device.Adc.AdcController adc = new nfstm32::System.Device.Adc.AdcController();
            Assert.Equal(1234, adc.OpenChannel(0).ReadValue());
            Assert.Equal(943, adc.OpenChannel(5).ReadValue());
            nfstm32::System.Device.Gpio.GpioPin q = new nfstm32::System.Device.Gpio.GpioController().OpenPin(5);
            Assert.Throws<ArgumentException>(() => q.SetPinMode(nfstm32::System.Device.Gpio.PinMode.OutputOpenDrainPullUp));
        }
    }
}
