using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>
    /// ESP32 sleep. EnableWakeupByTimer arms esp_sleep_enable_timer_wakeup and nothing ever disarms it
    /// (nf-interpreter targets/ESP32/_nanoCLR/nanoFramework.Hardware.ESP32/
    /// nanoFramework_hardware_esp32_native_Hardware_Esp32_Sleep.cpp has no esp_sleep_disable_wakeup_source call),
    /// so a timer armed for a light sleep also wakes a later deep sleep. StartLightSleep lets the armed time pass
    /// (with no wake source armed the emulation returns FAIL at once: an assumption, ESP-IDF's own check is not in
    /// these sources); StartDeepSleep powers down and boots again with WakeupCause.Timer when the timer is armed.
    /// </summary>
    public class Sleep
    {
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

        public static EspNativeError EnableWakeupByTimer(TimeSpan time)
        {
            Chip.Current.WakeTimerUs = time.Ticks / 10;
            return EspNativeError.OK;
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
            long us = Chip.Current.WakeTimerUs;
            // A wake beyond int milliseconds (~24 days) counts as none.
            Chip.World.PowerDown(us < 0 || us / 1000 > 0x7FFFFFFF ? -1 : (int)(us / 1000), WorldBoot.TimerWake);
        }

        public static WakeupCause GetWakeupCause()
        {
            int b = Chip.World.BootCause;
            return b == WorldBoot.TimerWake ? WakeupCause.Timer : b == WorldBoot.PinWake ? WakeupCause.Ext0 : WakeupCause.Undefined;
        }
    }
}
