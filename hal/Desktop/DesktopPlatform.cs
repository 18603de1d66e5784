namespace MicroPy.Hal.Desktop
{
    /// <summary>Installs the desktop HAL into Platform.</summary>
    public static class DesktopPlatform
    {
        /// <summary>openNetwork: the board's sockets reach the host's network (else loopback only).</summary>
        public static void Install(IConsole console, string fsRoot, bool openNetwork = false)
        {
            Platform.Console = console;
            Platform.Math = new DesktopMath();
            Platform.Clock = new DesktopClock();
            Platform.FileSystem = new DesktopFileSystem(fsRoot);
            Platform.Memory = new DesktopMemory(64L * 1024 * 1024);
            Platform.Sockets = new DesktopSocketStack(openNetwork);
            Platform.Network = new DesktopNetwork(openNetwork);
            Platform.Name = "linux";
        }
    }
}
