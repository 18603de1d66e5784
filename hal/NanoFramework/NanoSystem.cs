using System;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Modules.Machine;
using nanoFramework.Runtime.Native;
#if NF_STM32
using Stm32 = nanoFramework.Hardware.Stm32;
#else
using System.Net.NetworkInformation;
using nanoFramework.Hardware.Esp32;
#endif

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// Reset, sleep and identity. reset() reboots the chip (Power.RebootDevice). The reset cause is what ResetMarker
    /// recorded, else a wake from deep sleep (ESP32 Sleep.GetWakeupCause, STM32 Power.WakeupReason), else POWER_ON.
    /// There is no CPU-frequency API: freq() reports the board's nominal clock and only that value is accepted.
    /// unique_id() is the first network interface's MAC on ESP32 (no chip-id API) and the 96-bit device id on STM32.
    /// Deep sleep: ESP32 Sleep timer wake (the time given, or the RTC alarm whose irq has wake=machine.DEEPSLEEP), pin
    /// wake on ext0/ext1 (pin irqs with wake=machine.DEEPSLEEP) + StartDeepSleep; STM32 RTC alarm + standby.
    /// </summary>
    public sealed class NanoSystem : ISystemControl
    {
        private readonly BoardDefinition _board;
        private readonly int _cause;
        private readonly int _wake;

        public NanoSystem(BoardDefinition board, int recordedCause)
        {
            _board = board;
            _wake = ReadWake();
            _cause = recordedCause >= 0 ? recordedCause : _wake != 0 ? MicroPy.Hal.ResetCause.DeepSleepReset : MicroPy.Hal.ResetCause.PowerOn;
        }

#if NF_STM32
        // RTC backup register 1 (register 0 is ResetMarker's) holds this while the chip is in standby: the
        // STM32F769I-DISCO firmware never stores a wake reason (its main.c does not set WakeupReasonStore), so
        // WakeupReason alone cannot tell a wake.
        private const int StandbyMark = 0x5D5EE9;
        private const uint StandbyMarkPosition = 4;
#else
        private static bool s_timerArmed;
#endif

        private static int ReadWake()
        {
            try
            {
#if NF_STM32
                Stm32.Power.WakeupReasonType w = Stm32.Power.WakeupReason;
                bool marked = Stm32.BackupMemory.ReadInt32(StandbyMarkPosition) == StandbyMark;
                if (marked)
                {
                    Stm32.BackupMemory.WriteInt32(StandbyMarkPosition, 0);
                }
                if (w == Stm32.Power.WakeupReasonType.FromPin)
                {
                    return MicroPy.Hal.ResetCause.PinWake;
                }
                return w == Stm32.Power.WakeupReasonType.FromStandby || marked ? MicroPy.Hal.ResetCause.RtcWake : 0;
#else
                Sleep.WakeupCause c = Sleep.GetWakeupCause();
                if (c == Sleep.WakeupCause.Timer)
                {
                    return MicroPy.Hal.ResetCause.RtcWake;
                }
                if (c == Sleep.WakeupCause.Ext0 || c == Sleep.WakeupCause.Ext1 || c == Sleep.WakeupCause.Gpio || c == Sleep.WakeupCause.TouchPad)
                {
                    return MicroPy.Hal.ResetCause.PinWake;
                }
                return 0;
#endif
            }
            catch (Exception)
            {
                return 0;
            }
        }

        public void Reset()
        {
            ResetMarker.Write(MicroPy.Hal.ResetCause.SoftReset);
            Power.RebootDevice();
        }

        public int ResetCause
        {
            get { return _cause; }
        }

        public int WakeReason
        {
            get { return _wake; }
        }

        public long Frequency
        {
            get { return _board.CpuFrequency; }
        }

        public bool SetFrequency(long hz)
        {
            return hz == _board.CpuFrequency;
        }

        public byte[] UniqueId()
        {
            try
            {
#if NF_STM32
                return Stm32.Utilities.UniqueDeviceId;
#else
                NetworkInterface[] nics = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < nics.Length; i++)
                {
                    byte[] mac = nics[i].PhysicalAddress;
                    if (mac != null && mac.Length == 6)
                    {
                        return mac;
                    }
                }
#endif
            }
            catch (Exception)
            {
            }
            return new byte[0];
        }

        public void Idle()
        {
            Platform.Clock.SleepMs(1);
        }

        public void LightSleep(int ms)
        {
            if (ms < 0)
            {
                // Until something happens: a queued callback (pin edge, timer) ends the wait.
                while (Scheduler.Pending == 0)
                {
                    Platform.Clock.SleepMs(10);
                }
                return;
            }
#if NF_STM32
            Platform.Clock.SleepMs(ms);
#else
            if (ms == 0)
            {
                return;
            }
            s_timerArmed = true;
            if (Sleep.EnableWakeupByTimer(new TimeSpan(ms * TimeSpan.TicksPerMillisecond)) != EspNativeError.OK || Sleep.StartLightSleep() != EspNativeError.OK)
            {
                Platform.Clock.SleepMs(ms);
            }
#endif
        }

#if !NF_STM32
        /// <summary>
        /// Arms the pins configured with wake=machine.DEEPSLEEP on the ESP32's RTC wake logic: every pin that waits
        /// for a high level on ext1 in ANY_HIGH mode, the one that waits for a low level on ext0 (ext1's other mode
        /// needs all its pins low at once, which is not what several pin irqs mean, so a second low pin is a
        /// ValueError). Only RTC GPIOs can wake the chip (the firmware answers ESP_ERR_INVALID_ARG: ValueError).
        /// </summary>
        private static void ArmPinWake()
        {
            int[] pins = new int[40];
            int[] levels = new int[40];
            int n = WakeSources.DeepSleepPins(pins, levels);
            ulong high = 0;
            int low = -1;
            for (int i = 0; i < n; i++)
            {
                if (levels[i] == 1)
                {
                    high |= (ulong)1 << pins[i];
                }
                else if (low < 0)
                {
                    low = pins[i];
                }
                else
                {
                    throw Err.Value("the ESP32 wakes from deep sleep on one pin going low (ext0); Pin(" + Ops.IntToString(low) + ") and Pin(" + Ops.IntToString(pins[i]) + ") both wait for a low level");
                }
            }
            if (Sleep.EnableWakeupByMultiPins((Sleep.WakeupGpioPin)high, Sleep.WakeupMode.AnyHigh) != EspNativeError.OK)
            {
                throw Err.Value("only the ESP32's RTC GPIOs (0, 2, 4, 12-15, 25-27, 32-39) wake it from deep sleep");
            }
            if (low >= 0 && Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)((ulong)1 << low), 0) != EspNativeError.OK)
            {
                throw Err.Value("only the ESP32's RTC GPIOs (0, 2, 4, 12-15, 25-27, 32-39) wake it from deep sleep; Pin(" + Ops.IntToString(low) + ") is not one");
            }
        }
#endif

        public void DeepSleep(int ms)
        {
#if NF_STM32
            if (ms > 0)
            {
                // The alarm matches whole seconds (day, hour, minute, second): an alarm within the current second
                // would match only next month, so wake at the first whole second at least ms from now.
                long now = DateTime.UtcNow.Ticks;
                long at = now + ms * TimeSpan.TicksPerMillisecond;
                long second = TimeSpan.TicksPerSecond;
                at = (at + second - 1) / second * second;
                if (at / second <= now / second)
                {
                    at += second;
                }
                Stm32.RTC.SetAlarm(new DateTime(at));
            }
            Stm32.BackupMemory.WriteInt32(StandbyMarkPosition, StandbyMark);
            Stm32.Power.EnterStandbyMode();
#else
            long wakeMs = ms > 0 ? ms : -1;
            long rtc = WakeSources.RtcDeepSleepWakeMs();
            if (rtc >= 0 && (wakeMs < 0 || rtc < wakeMs))
            {
                // The RTC alarm's irq with wake=machine.DEEPSLEEP: the sleep timer stands for the alarm.
                wakeMs = rtc > 0 ? rtc : 1;
            }
            ArmPinWake();
            if (wakeMs > 0)
            {
                Sleep.EnableWakeupByTimer(new TimeSpan(wakeMs * TimeSpan.TicksPerMillisecond));
            }
            else if (s_timerArmed)
            {
                // A timer armed by lightsleep stays armed (nothing in the firmware disarms it): push it out of reach.
                Sleep.EnableWakeupByTimer(new TimeSpan(36500 * TimeSpan.TicksPerDay));
            }
            Sleep.StartDeepSleep();
#endif
        }
    }
}
