namespace MicroPy.Hal.Desktop
{
    /// <summary>Installs the desktop HAL into Platform.</summary>
    public static class DesktopPlatform
    {
        public static void Install(IConsole console, string fsRoot)
        {
            Platform.Console = console;
            Platform.Math = new DesktopMath();
            Platform.Clock = new DesktopClock();
            Platform.FileSystem = new DesktopFileSystem(fsRoot);
            Platform.Memory = new DesktopMemory(64L * 1024 * 1024);
            Platform.Sockets = new DesktopSocketStack();
            Platform.Network = new DesktopNetwork();
            Platform.Name = "linux";
        }
    }
}
