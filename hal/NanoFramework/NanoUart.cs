using System;
using System.IO.Ports;
using System.Threading;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A UART over System.IO.Ports.SerialPort ("COMn"). Reads take only what BytesToRead reports, so they never
    /// block (machine.UART implements timeouts over Available). RX IRQs come from DataReceived. nanoFramework has no
    /// break API: SendBreak sends a 0x00 at half the baud rate, which holds TX low for 18 bit times.
    /// </summary>
    public sealed class NanoUart : IUart
    {
        private readonly string _portName;
        private SerialPort _port;
        private IIrqSink _sink;
        private int _baudrate = 115200;

        public NanoUart(string portName)
        {
            _portName = portName;
        }

        public void Configure(int baudrate, int bits, int parity, int stop)
        {
            _baudrate = baudrate;
            Parity p = parity < 0 ? Parity.None : parity == 0 ? Parity.Even : Parity.Odd;
            StopBits s = stop == 2 ? StopBits.Two : StopBits.One;
            try
            {
                if (_port == null)
                {
                    _port = new SerialPort(_portName, baudrate, p, bits, s);
                    _port.ReadTimeout = 0;
                    _port.Handshake = Handshake.None;
                    _port.DataReceived += new SerialDataReceivedEventHandler(OnData);
                    _port.Open();
                }
                else
                {
                    _port.BaudRate = baudrate;
                    _port.DataBits = bits;
                    _port.Parity = p;
                    _port.StopBits = s;
                }
            }
            catch (Exception e)
            {
                // The SerialPort constructor registered the port; only Dispose unregisters it (System.IO.Ports
                // SerialPort.cs), so a port whose Open failed must be disposed or the next one on this name throws.
                if (_port != null && !_port.IsOpen)
                {
                    _port.Dispose();
                    _port = null;
                }
                throw NanoErrors.ToOSError(e, _portName + " unavailable");
            }
        }

        private SerialPort Port()
        {
            if (_port == null)
            {
                Configure(_baudrate, 8, -1, 1);
            }
            return _port;
        }

        public int Write(byte[] data, int offset, int count)
        {
            if (count > 0)
            {
                Port().Write(data, offset, count);
            }
            return count;
        }

        public int Read(byte[] data, int offset, int count)
        {
            SerialPort port = Port();
            int n = port.BytesToRead;
            if (n <= 0 || count <= 0)
            {
                return 0;
            }
            return port.Read(data, offset, n < count ? n : count);
        }

        public int Available
        {
            get { return Port().BytesToRead; }
        }

        public void SendBreak()
        {
            SerialPort port = Port();
            int half = _baudrate / 2;
            if (half < 1)
            {
                half = 1;
            }
            port.BaudRate = half;
            port.Write(new byte[] { 0 }, 0, 1);
            Thread.Sleep(10 * 1000 / half + 1);
            port.BaudRate = _baudrate;
        }

        public void SetRxIrq(IIrqSink sink)
        {
            _sink = sink;
        }

        private void OnData(object sender, SerialDataReceivedEventArgs e)
        {
            IIrqSink sink = _sink;
            if (sink != null)
            {
                sink.OnIrq(this, 1);
            }
        }

        public void Close()
        {
            SerialPort port = _port;
            _port = null;
            if (port != null)
            {
                port.Close();
                port.Dispose();
            }
        }
    }
}
