// Reference declarations: package nanoFramework.System.IO.Ports 1.1.x (assembly System.IO.Ports).
// Only the members hal/NanoFramework uses; signatures as in nanoframework/System.IO.Ports. Never deployed.
using System;

namespace System.IO.Ports
{
    public enum Parity
    {
        None = 0,
        Odd = 1,
        Even = 2,
    }

    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }

    public enum Handshake
    {
        None,
        XOnXOff,
        RequestToSend,
        RequestToSendXOnXOff,
    }

    public class SerialDataReceivedEventArgs : EventArgs
    {
        internal SerialDataReceivedEventArgs()
        {
        }
    }

    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);

    public sealed class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One)
        {
            throw new NotSupportedException();
        }

        public void Open()
        {
            throw new NotSupportedException();
        }

        public void Close()
        {
            throw new NotSupportedException();
        }

        public int BaudRate
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int DataBits
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public Parity Parity
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public StopBits StopBits
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public Handshake Handshake
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int ReadTimeout
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int ReadBufferSize
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int BytesToRead
        {
            get { throw new NotSupportedException(); }
        }

        public event SerialDataReceivedEventHandler DataReceived;

        public int Read(byte[] buffer, int offset, int count)
        {
            throw new NotSupportedException();
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            throw new NotSupportedException();
        }

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }
}
