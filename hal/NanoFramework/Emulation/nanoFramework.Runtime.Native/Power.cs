using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        /// <summary>Reboots the chip (the world restarts it with WorldBoot.Reboot).</summary>
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot)
        {
            Chip.World.PowerDown(0, WorldBoot.Reboot);
        }
    }
}
