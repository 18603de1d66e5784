extern alias nfesp32;

using MicroPy.Hal;
using MicroPy.Hal.NanoFramework.Emulation;
using Xunit;
using EspChip = nfesp32::MicroPy.Hal.NanoFramework.Emulation.EmulatedChip;
using Sleep = nfesp32::nanoFramework.Hardware.Esp32.Sleep;
using EspNativeError = nfesp32::nanoFramework.Hardware.Esp32.EspNativeError;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// The emulated nanoFramework.Hardware.Esp32 Sleep wake sources (the library's shape, the firmware's and
    /// ESP-IDF's rules): ext0 (EnableWakeupByPin) and ext1 (EnableWakeupByMultiPins) take RTC GPIOs only, and the
    /// next boot tells which woke the chip.
    /// </summary>
    [Collection("nf-emulation")]
    public class NfEsp32SleepTests
    {
        private static NfEmulationWorld Boot()
        {
            NfEmulationWorld w = new NfEmulationWorld(EmulatedMcu.Esp32, "ESP32_REV3");
            EspChip.Boot(w);
            return w;
        }

        [Fact]
        public void OnlyRtcGpiosWake()
        {
            Boot();
            Assert.Equal(EspNativeError.INVALID_ARG, Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.Pin5, 0));
            Assert.Equal(EspNativeError.INVALID_ARG, Sleep.EnableWakeupByMultiPins(Sleep.WakeupGpioPin.Pin4 | Sleep.WakeupGpioPin.Pin16, Sleep.WakeupMode.AnyHigh));
            Assert.Equal(EspNativeError.INVALID_ARG, Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.Pin4, 2));
            Assert.Equal(EspNativeError.OK, Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.None, 0));
            Assert.Equal(EspNativeError.OK, Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.Pin4, 0));
            Assert.Equal(EspNativeError.OK, Sleep.EnableWakeupByMultiPins(Sleep.WakeupGpioPin.Pin32 | Sleep.WakeupGpioPin.Pin39, Sleep.WakeupMode.AnyHigh));
        }

        [Fact]
        public void Ext0WakesOnItsLevelAndIsReportedAsExt0()
        {
            NfEmulationWorld w = Boot();
            w.SetInput(4, 0);
            // The native code takes the highest pin of the mask.
            Assert.Equal(EspNativeError.OK, Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.Pin2 | Sleep.WakeupGpioPin.Pin4, 0));
            Assert.Throws<BoardResetException>(() => Sleep.StartDeepSleep());
            Assert.Equal(WorldBoot.PinWake, w.LastReason);
            EspChip.Boot(w);
            Assert.Equal(Sleep.WakeupCause.Ext0, Sleep.GetWakeupCause());
            Assert.Equal(Sleep.WakeupGpioPin.None, Sleep.GetWakeupGpioPin());
        }

        [Fact]
        public void Ext1AnyHighReportsThePin()
        {
            NfEmulationWorld w = Boot();
            w.SetInput(32, 0);
            w.SetInput(33, 1);
            Assert.Equal(EspNativeError.OK, Sleep.EnableWakeupByMultiPins(Sleep.WakeupGpioPin.Pin32 | Sleep.WakeupGpioPin.Pin33, Sleep.WakeupMode.AnyHigh));
            Assert.Throws<BoardResetException>(() => Sleep.StartDeepSleep());
            Assert.Equal(WorldBoot.PinWake, w.LastReason);
            EspChip.Boot(w);
            Assert.Equal(Sleep.WakeupCause.Ext1, Sleep.GetWakeupCause());
            Assert.Equal(Sleep.WakeupGpioPin.Pin33, Sleep.GetWakeupGpioPin());
        }

        [Fact]
        public void Ext1AllLowNeedsEveryPinLow()
        {
            NfEmulationWorld w = Boot();
            w.SetInput(32, 0);
            w.SetInput(33, 1);
            Sleep.EnableWakeupByMultiPins(Sleep.WakeupGpioPin.Pin32 | Sleep.WakeupGpioPin.Pin33, Sleep.WakeupMode.AllLow);
            Sleep.EnableWakeupByTimer(System.TimeSpan.FromMilliseconds(250));
            Assert.Throws<BoardResetException>(() => Sleep.StartDeepSleep());
            Assert.Equal(WorldBoot.TimerWake, w.LastReason);
            Assert.Equal(250, w.LastWakeMs);
            EspChip.Boot(w);
            Assert.Equal(Sleep.WakeupCause.Timer, Sleep.GetWakeupCause());

            w.SetInput(33, 0);
            Sleep.EnableWakeupByMultiPins(Sleep.WakeupGpioPin.Pin32 | Sleep.WakeupGpioPin.Pin33, Sleep.WakeupMode.AllLow);
            Assert.Throws<BoardResetException>(() => Sleep.StartDeepSleep());
            Assert.Equal(WorldBoot.PinWake, w.LastReason);
            EspChip.Boot(w);
            Assert.Equal(Sleep.WakeupCause.Ext1, Sleep.GetWakeupCause());
        }
    }
}
