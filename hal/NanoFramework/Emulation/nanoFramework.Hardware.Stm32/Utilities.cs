namespace nanoFramework.Hardware.Stm32
{
    public static class Utilities
    {
        /// <summary>The 96-bit unique device id (a fixed value on the emulated chip).</summary>
        public static byte[] UniqueDeviceId
        {
            get { return new byte[] { 0x37, 0x00, 0x2A, 0x00, 0x12, 0x51, 0x36, 0x33, 0x34, 0x38, 0x35, 0x30 }; }
        }
    }
}
