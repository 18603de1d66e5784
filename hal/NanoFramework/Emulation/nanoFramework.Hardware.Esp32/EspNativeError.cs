namespace nanoFramework.Hardware.Esp32
{
    public enum EspNativeError
    {
        OK = 0,
        FAIL = -1,
        NO_MEM = 0x101,
        INVALID_ARG = 0x102,
    }
}
