extern alias nfesp32;

using System;
using MicroPy.Hal.NanoFramework.Emulation;
using Xunit;
using Esp = nfesp32::MicroPy.Hal.NanoFramework;
using EspChip = nfesp32::MicroPy.Hal.NanoFramework.Emulation.EmulatedChip;
using Rmt = nfesp32::nanoFramework.Hardware.Esp32.Rmt;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// The emulated nanoFramework.Hardware.Esp32.Rmt (the library's shape and defaults, the firmware's rules) and what
    /// the adapters must set: the library's TransmitChannelSettings turn a 38 kHz carrier on by default, which would
    /// chop the WS2812 train; the receiver returns null when nothing arrives.
    /// </summary>
    [Collection("nf-emulation")]
    public class NfRmtTests
    {
        private static NfEmulationWorld Boot()
        {
            NfEmulationWorld w = new NfEmulationWorld(EmulatedMcu.Esp32, "ESP32_REV3");
            EspChip.Boot(w);
            return w;
        }

        /// <summary>One item: high for 40 ticks, low for 10, at 1 us ticks (divider 80).</summary>
        private static readonly byte[] s_item = { 40, 0x80, 10, 0x00 };

        [Fact]
        public void LibraryDefaultsChopTheHighLevelWithTheCarrier()
        {
            NfEmulationWorld w = Boot();
            using (Rmt.TransmitterChannel tx = new Rmt.TransmitterChannel(new Rmt.TransmitChannelSettings(4)))
            {
                tx.SendData(s_item, true);
            }
            // 38 kHz at 33%: 8,683 ns on of each 26,315 ns period while the level is high
            Assert.True(w.TimedLevels.Count > 3, string.Join(",", w.TimedLevels));
            Assert.Equal(1, w.TimedLevels[0]);
            Assert.Equal(8683, w.TimedDurations[0]);
            Assert.Equal(0, w.TimedLevels[1]);
        }

        [Fact]
        public void TheAdapterTurnsTheCarrierOffAndPlaysTheTrainAsWritten()
        {
            NfEmulationWorld w = Boot();
            Esp.NanoPulseOut o = new Esp.NanoPulseOut(4);
            o.Send(s_item, 1, 1000);
            Assert.Equal(new[] { 1, 0 }, w.TimedLevels.ToArray());
            Assert.Equal(new[] { 40000, 10000 }, w.TimedDurations.ToArray());
        }

        [Fact]
        public void InputOnlyPinsCannotTransmit()
        {
            Boot();
            Assert.ThrowsAny<ArgumentException>(() => new Rmt.TransmitterChannel(new Rmt.TransmitChannelSettings(34)));
            new Rmt.ReceiverChannel(new Rmt.ReceiverChannelSettings(34)).Dispose();
        }

        [Fact]
        public void ChannelsRunOut()
        {
            Boot();
            Rmt.TransmitterChannel[] all = new Rmt.TransmitterChannel[8];
            for (int i = 0; i < 8; i++)
            {
                all[i] = new Rmt.TransmitterChannel(new Rmt.TransmitChannelSettings(4));
                Assert.Equal(i, all[i].Channel);
            }
            Assert.ThrowsAny<Exception>(() => new Rmt.TransmitterChannel(new Rmt.TransmitChannelSettings(5)));
            all[3].Dispose();
            Assert.Equal(3, new Rmt.TransmitterChannel(new Rmt.TransmitChannelSettings(5)).Channel);
        }

        [Fact]
        public void ReceiverItemsNullWhenNothingArrivesAndFilterDropsGlitches()
        {
            NfEmulationWorld w = Boot();
            Rmt.ReceiverChannelSettings s = new Rmt.ReceiverChannelSettings(4);
            s.ReceiveTimeout = TimeSpan.FromMilliseconds(1);
            Rmt.ReceiverChannel rx = new Rmt.ReceiverChannel(s);
            rx.Start(true);
            Assert.Null(rx.GetAllItems());
            // high 30 us, a 100 ns glitch low, high 50 us, low 80 us; the filter (100 APB clocks: 1.25 us) drops the glitch
            w.CaptureLevelsAnswer = new[] { 1, 0, 1, 0 };
            w.CaptureDurationsAnswer = new[] { 30000, 100, 50000, 80000 };
            Rmt.RmtCommand[] items = rx.GetAllItems();
            Assert.Single(items);
            Assert.True(items[0].Level0);
            Assert.Equal(80, items[0].Duration0);
            Assert.False(items[0].Level1);
            Assert.Equal(80, items[0].Duration1);
            rx.EnableFilter = false;
            items = rx.GetAllItems();
            Assert.Equal(2, items.Length);
            Assert.Equal(30, items[0].Duration0);
            Assert.Equal(1, items[0].Duration1);
            rx.Dispose();
        }
    }
}
