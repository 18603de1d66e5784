namespace System.Device.Spi
{
    public sealed class SpiConnectionSettings
    {
        private readonly int _busId;
        private readonly int _csLine;
        private SpiMode _mode = SpiMode.Mode0;
        private int _dataBitLength = 8;
        private int _clockFrequency;
        private DataFlow _dataFlow = DataFlow.MsbFirst;

        public SpiConnectionSettings(int busId, int chipSelectLine = -1)
        {
            _busId = busId;
            _csLine = chipSelectLine;
        }

        public int BusId
        {
            get { return _busId; }
        }

        public int ChipSelectLine
        {
            get { return _csLine; }
        }

        public SpiMode Mode
        {
            get { return _mode; }
            set { _mode = value; }
        }

        public int DataBitLength
        {
            get { return _dataBitLength; }
            set { _dataBitLength = value; }
        }

        public int ClockFrequency
        {
            get { return _clockFrequency; }
            set { _clockFrequency = value; }
        }

        public DataFlow DataFlow
        {
            get { return _dataFlow; }
            set { _dataFlow = value; }
        }
    }
}
