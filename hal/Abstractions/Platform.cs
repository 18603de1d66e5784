namespace MicroPy.Hal
{
    /// <summary>The platform services in use, set once by the entry point (desktop host, tests or device).</summary>
    public static class Platform
    {
        public static IConsole Console;
        public static IFloatMath Math;
        public static IClock Clock;
        public static IFileSystem FileSystem;
        public static IMemory Memory;
        /// <summary>The board's peripherals (machine); null on a host without a board.</summary>
        public static IHardware Hardware;
        /// <summary>The IPv4 socket stack (usocket); null on a port without networking.</summary>
        public static ISocketStack Sockets;
        /// <summary>Network interfaces (network.WLAN); null on a port without them.</summary>
        public static INetwork Network;
        /// <summary>Loads compiled code images from the home mount at each start (NativeImages); null: none loaded.</summary>
        public static ICodeLoader CodeLoader;
        /// <summary>Board/port name for sys.platform and the banner.</summary>
        public static string Name = "nanoframework";
        /// <summary>Year whose 1 January starts utime's epoch: 1970 on the desktop (as the unix port), 2000 on a board.</summary>
        public static int EpochYear = 1970;
    }
}
