namespace System.IO.Ports
{
    public enum SerialData
    {
        Chars = 1,
        WatchChar = 2,
    }
}
