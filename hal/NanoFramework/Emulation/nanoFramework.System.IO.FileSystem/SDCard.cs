using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>The card slot: Mount succeeds when the world has a card (drive D: exists), else IOException.</summary>
    public class SDCard
    {
        private bool _mounted;

        public SDCard(SDCardMmcParameters mmcParameters)
        {
        }

        public SDCard(SDCardSpiParameters spiParameters)
        {
        }

        public bool IsMounted
        {
            get { return _mounted; }
        }

        public void Mount()
        {
            if (Chip.World.PathKind("D:\\") != 2)
            {
                throw new global::System.IO.IOException();
            }
            _mounted = true;
        }

        public void Unmount()
        {
            _mounted = false;
        }

        public enum SDDataWidth
        {
            _1_bit = 1,
            _4_bit = 2,
        }
    }
}
