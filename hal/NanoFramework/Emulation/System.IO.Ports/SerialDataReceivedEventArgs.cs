namespace System.IO.Ports
{
    public class SerialDataReceivedEventArgs : EventArgs
    {
        private readonly SerialData _data;

        internal SerialDataReceivedEventArgs(SerialData eventCode)
        {
            _data = eventCode;
        }

        public SerialData EventType
        {
            get { return _data; }
        }
    }
}
