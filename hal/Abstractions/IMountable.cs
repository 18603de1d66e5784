namespace MicroPy.Hal
{
    /// <summary>
    /// A storage device that os.mount(device, point) takes natively (machine.SD): os.mount serves its files at the
    /// point, os.mkfs formats it.
    /// </summary>
    public interface IMountable
    {
        /// <summary>The device's files (paths from its root "/"), or null when the platform's own file system already
        /// serves them at their fixed place (a board's /sd); OSError when the device cannot be mounted.</summary>
        IFileSystem MountFiles();

        /// <summary>os.mkfs(device): an empty file system on it (OSError when the board cannot format it).</summary>
        void Format();
    }
}
