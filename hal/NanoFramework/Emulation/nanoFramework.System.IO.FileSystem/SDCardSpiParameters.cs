namespace nanoFramework.System.IO.FileSystem
{
    public class SDCardSpiParameters
    {
        public uint slotIndex;
        public uint spiBus;
        public uint chipSelectPin;
    }
}
