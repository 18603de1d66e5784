namespace nanoFramework.System.IO.FileSystem
{
    public class SDCardMmcParameters
    {
        public uint slotIndex;
        public SDCard.SDDataWidth dataWidth;
    }
}
