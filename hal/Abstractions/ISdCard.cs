namespace MicroPy.Hal
{
    /// <summary>
    /// A card slot whose card the interpreter serves itself through os.mount (the simulated board's), rather than
    /// the platform's file system serving it at /sd (a nanoFramework drive).
    /// </summary>
    public interface ISdCard
    {
        /// <summary>The card's files, paths from its root "/"; OSError(EIO) while the slot is disabled (SD.deinit()).</summary>
        IFileSystem CardFiles { get; }

        /// <summary>An empty file system on the card (os.mkfs).</summary>
        void FormatCard();
    }
}
