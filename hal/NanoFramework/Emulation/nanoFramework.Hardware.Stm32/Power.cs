using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Stm32
{
    /// <summary>
    /// Standby and the wake reason. WakeupReason returns WakeupReasonStore, which only some targets' main.c fill
    /// (ORGPAL_PALX, MXCHIP_AZ3166, ST_STM32F429I_DISCOVERY); ST_STM32F769I_DISCOVERY/nanoCLR/main.c never does, so
    /// the F769I-DISCO always reports Undetermined (nf-interpreter targets/ChibiOS/_nanoCLR/
    /// nanoFramework.Hardware.Stm32/nf_hardware_stm32_native_nanoFramework_Hardware_Stm32_Power.cpp).
    /// EnterStandbyMode powers down until the RTC alarm (RTC.SetAlarm) or a reset.
    /// </summary>
    public static partial class Power
    {
        public enum WakeupReasonType
        {
            Undetermined = 0,
            FromStandby,
            FromPin,
        }

        public static WakeupReasonType WakeupReason
        {
            get
            {
                string t = Chip.World.TargetName;
                if (t == "ST_STM32F769I_DISCOVERY")
                {
                    return WakeupReasonType.Undetermined;
                }
                int b = Chip.World.BootCause;
                return b == WorldBoot.TimerWake ? WakeupReasonType.FromStandby : b == WorldBoot.PinWake ? WakeupReasonType.FromPin : WakeupReasonType.Undetermined;
            }
        }

        public static void EnterStandbyMode()
        {
            Chip.World.PowerDown(RTC.MsUntilAlarm(), WorldBoot.TimerWake);
        }
    }
}
