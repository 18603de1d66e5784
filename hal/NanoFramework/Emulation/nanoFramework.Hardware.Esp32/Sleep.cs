using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>
    /// ESP32 sleep, with the shape of nanoframework/nanoFramework.Hardware.Esp32 Sleep.cs and the behaviour of
    /// nf-interpreter targets/ESP32/_nanoCLR/nanoFramework.Hardware.ESP32/
    /// nanoFramework_hardware_esp32_native_Hardware_Esp32_Sleep.cpp over ESP-IDF's esp_sleep_* calls:
    /// EnableWakeupByTimer arms esp_sleep_enable_timer_wakeup and nothing ever disarms it (the file has no
    /// esp_sleep_disable_wakeup_source call), so a timer armed for a light sleep also wakes a later deep sleep.
    /// EnableWakeupByPin takes the highest pin of the mask (the native loop keeps the last set bit) for
    /// esp_sleep_enable_ext0_wakeup; EnableWakeupByMultiPins is esp_sleep_enable_ext1_wakeup (all low / any high);
    /// both take RTC GPIOs only (ESP_ERR_INVALID_ARG otherwise) and, like the timer, stay armed. StartLightSleep lets
    /// the armed time pass (with no wake source armed the emulation returns FAIL at once: an assumption, ESP-IDF's own
    /// check is not in these sources); StartDeepSleep powers down until the timer or a pin condition and boots again
    /// with WakeupCause.Timer, Ext0 or Ext1. Touch pads and UART wake are not emulated (NOT_SUPPORTED).
    /// </summary>
    public class Sleep
    {
        public enum WakeupMode
        {
            AllLow = 0,
            AnyHigh = 1,
        }

        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart,
            Wifi,
            CoCpu,
            CoCpuTrapTrig,
            Bt,
        }

        [Flags]
        public enum WakeupGpioPin : ulong
        {
            None = 0,
            Pin0 = 1,
            Pin1 = (ulong)1 << 1,
            Pin2 = (ulong)1 << 2,
            Pin3 = (ulong)1 << 3,
            Pin4 = (ulong)1 << 4,
            Pin5 = (ulong)1 << 5,
            Pin6 = (ulong)1 << 6,
            Pin7 = (ulong)1 << 7,
            Pin8 = (ulong)1 << 8,
            Pin9 = (ulong)1 << 9,
            Pin10 = (ulong)1 << 10,
            Pin11 = (ulong)1 << 11,
            Pin12 = (ulong)1 << 12,
            Pin13 = (ulong)1 << 13,
            Pin14 = (ulong)1 << 14,
            Pin15 = (ulong)1 << 15,
            Pin16 = (ulong)1 << 16,
            Pin17 = (ulong)1 << 17,
            Pin18 = (ulong)1 << 18,
            Pin19 = (ulong)1 << 19,
            Pin20 = (ulong)1 << 20,
            Pin21 = (ulong)1 << 21,
            Pin25 = (ulong)1 << 25,
            Pin26 = (ulong)1 << 26,
            Pin27 = (ulong)1 << 27,
            Pin32 = (ulong)1 << 32,
            Pin33 = (ulong)1 << 33,
            Pin34 = (ulong)1 << 34,
            Pin35 = (ulong)1 << 35,
            Pin36 = (ulong)1 << 36,
            Pin37 = (ulong)1 << 37,
            Pin38 = (ulong)1 << 38,
            Pin39 = (ulong)1 << 39,
        }

        public enum WakeUpPort
        {
            COM1 = 0,
            COM2 = 1,
        }

        public static EspNativeError EnableWakeupByTimer(TimeSpan time)
        {
            Chip.Current.WakeTimerUs = time.Ticks / 10;
            return EspNativeError.OK;
        }

        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level)
        {
            ulong mask = (ulong)pin;
            if (mask == 0)
            {
                return EspNativeError.OK;
            }
            int gpio = 0;
            for (int i = 0; i < 64; i++)
            {
                if ((mask & ((ulong)1 << i)) != 0)
                {
                    gpio = i;
                }
            }
            if (level < 0 || level > 1 || !Chip.IsRtcGpio(gpio))
            {
                return EspNativeError.INVALID_ARG;
            }
            Chip.Current.WakeExt0Pin = gpio;
            Chip.Current.WakeExt0Level = level;
            return EspNativeError.OK;
        }

        public static EspNativeError EnableWakeupByMultiPins(WakeupGpioPin pins, WakeupMode mode)
        {
            ulong mask = (ulong)pins;
            if ((int)mode < 0 || (int)mode > 1)
            {
                return EspNativeError.INVALID_ARG;
            }
            for (int i = 0; i < 64; i++)
            {
                if ((mask & ((ulong)1 << i)) != 0 && !Chip.IsRtcGpio(i))
                {
                    return EspNativeError.INVALID_ARG;
                }
            }
            Chip.Current.WakeExt1Mask = (long)mask;
            Chip.Current.WakeExt1Mode = (int)mode;
            return EspNativeError.OK;
        }

        public static EspNativeError EnableWakeupByTouchPad(int padNumber1, int padNumber2, byte thresholdCoefficient)
        {
            return EspNativeError.NOT_SUPPORTED;
        }

        public static EspNativeError EnableWakeupByUart(WakeUpPort portNumber, int edgeCount)
        {
            return EspNativeError.NOT_SUPPORTED;
        }

        public static EspNativeError StartLightSleep()
        {
            long us = Chip.Current.WakeTimerUs;
            if (us < 0)
            {
                return EspNativeError.FAIL;
            }
            Chip.World.Delay((int)(us / 1000));
            return EspNativeError.OK;
        }

        public static void StartDeepSleep()
        {
            Chip c = Chip.Current;
            long us = c.WakeTimerUs;
            // A wake beyond int milliseconds (~24 days) counts as none.
            int ms = us < 0 || us / 1000 > 0x7FFFFFFF ? -1 : (int)(us / 1000);
            int[] pins = new int[41];
            int[] levels = new int[41];
            bool[] together = new bool[41];
            int n = 0;
            if (c.WakeExt0Pin >= 0)
            {
                pins[n] = c.WakeExt0Pin;
                levels[n] = c.WakeExt0Level;
                n++;
            }
            for (int i = 0; i < 40; i++)
            {
                if ((c.WakeExt1Mask & (1L << i)) != 0)
                {
                    pins[n] = i;
                    levels[n] = c.WakeExt1Mode;
                    together[n] = c.WakeExt1Mode == 0;
                    n++;
                }
            }
            Chip.SleptExt0Pin = c.WakeExt0Pin;
            if (n == 0)
            {
                Chip.World.PowerDown(ms, WorldBoot.TimerWake);
            }
            Chip.World.PowerDownUntil(ms, pins, levels, together, n);
        }

        public static WakeupCause GetWakeupCause()
        {
            int b = Chip.World.BootCause;
            if (b == WorldBoot.TimerWake)
            {
                return WakeupCause.Timer;
            }
            if (b != WorldBoot.PinWake)
            {
                return WakeupCause.Undefined;
            }
            int ext0 = Chip.SleptExt0Pin;
            return ext0 >= 0 && (Chip.World.WakePinMask & (1L << ext0)) != 0 ? WakeupCause.Ext0 : WakeupCause.Ext1;
        }

        /// <summary>esp_sleep_get_ext1_wakeup_status: the pins that woke the chip through ext1.</summary>
        public static WakeupGpioPin GetWakeupGpioPin()
        {
            long m = Chip.World.BootCause == WorldBoot.PinWake ? Chip.World.WakePinMask : 0;
            int ext0 = Chip.SleptExt0Pin;
            if (ext0 >= 0)
            {
                m &= ~(1L << ext0);
            }
            return (WakeupGpioPin)(ulong)m;
        }

        public static int GetWakeupTouchpad()
        {
            return -1;
        }
    }
}
