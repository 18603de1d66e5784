namespace System.IO.Ports
{
    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }
}
