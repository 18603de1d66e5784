// Reference declarations: package nanoFramework.Runtime.Native 1.7.x (assembly nanoFramework.Runtime.Native), which
// also declares System.Environment.TickCount64. Only the members hal/NanoFramework uses. Never deployed.
using System;

namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }

    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot)
        {
            throw new NotSupportedException();
        }
    }

    public static class GC
    {
        public static uint Run(bool compactHeap)
        {
            throw new NotSupportedException();
        }
    }

    public static class Rtc
    {
        public static bool SetSystemTime(DateTime time)
        {
            throw new NotSupportedException();
        }
    }

    public static class SystemInfo
    {
        public static string TargetName
        {
            get { throw new NotSupportedException(); }
        }
    }
}

namespace System
{
    public static partial class Environment
    {
        public static long TickCount64
        {
            get { throw new NotSupportedException(); }
        }
    }
}
