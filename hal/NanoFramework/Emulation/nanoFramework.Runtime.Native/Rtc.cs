using System;
namespace nanoFramework.Runtime.Native
{
    public static class Rtc
    {
        /// <summary>The emulated chip's clock is the host's: it cannot be set (false, as a target without an RTC).</summary>
        public static bool SetSystemTime(DateTime time)
        {
            return false;
        }
    }
}
