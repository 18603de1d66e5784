using System;
using System.IO.Ports;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// The REPL's byte stream on a UART (System.IO.Ports). A reader thread moves received bytes into a ring buffer;
    /// while code runs (Running), Ctrl-C becomes a KeyboardInterrupt (Vm.RequestInterrupt) instead of input, as in
    /// MicroPython. ReadByte blocks until a byte arrives; the stream never ends.
    /// </summary>
    public sealed class NanoSerialConsole : IConsole
    {
        private readonly string _portName;
        private readonly int _baudrate;
        private SerialPort _port;
        private readonly byte[] _ring = new byte[1024];
        private int _head;
        private int _count;
        private readonly object _lock = new object();
        private readonly AutoResetEvent _received = new AutoResetEvent(false);
        private readonly AutoResetEvent _available = new AutoResetEvent(false);
        private readonly byte[] _chunk = new byte[64];
        private Thread _reader;

        /// <summary>Set by the REPL host while Python code runs.</summary>
        public bool Running;

        public NanoSerialConsole(string portName, int baudrate)
        {
            _portName = portName;
            _baudrate = baudrate;
        }

        public string PortName
        {
            get { return _portName; }
        }

        /// <summary>Opens the port and starts the reader thread.</summary>
        public void Open()
        {
            _port = new SerialPort(_portName, _baudrate, Parity.None, 8, StopBits.One);
            _port.Handshake = Handshake.None;
            _port.ReadBufferSize = 512;
            _port.ReadTimeout = 0;
            _port.DataReceived += new SerialDataReceivedEventHandler(OnData);
            _port.Open();
            _reader = new Thread(ReadLoop);
            _reader.Start();
        }

        private void OnData(object sender, SerialDataReceivedEventArgs e)
        {
            _received.Set();
        }

        private void ReadLoop()
        {
            while (true)
            {
                int n;
                try
                {
                    n = _port.BytesToRead;
                    if (n > 0)
                    {
                        n = _port.Read(_chunk, 0, n < _chunk.Length ? n : _chunk.Length);
                    }
                }
                catch (Exception)
                {
                    n = 0;
                }
                if (n <= 0)
                {
                    // DataReceived wakes us early; the timeout is a fallback if an event is missed.
                    _received.WaitOne(20, false);
                    continue;
                }
                lock (_lock)
                {
                    for (int i = 0; i < n; i++)
                    {
                        byte b = _chunk[i];
                        if (b == Vm.InterruptChar && Running)
                        {
                            Vm.RequestInterrupt();
                            continue;
                        }
                        if (_count < _ring.Length)
                        {
                            _ring[(_head + _count) % _ring.Length] = b;
                            _count++;
                        }
                    }
                }
                _available.Set();
            }
        }

        public void Write(string text)
        {
            byte[] b = Utf8.Encode(text);
            WriteBytes(b, 0, b.Length);
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            if (count > 0)
            {
                _port.Write(data, offset, count);
            }
        }

        public int ReadByte()
        {
            while (true)
            {
                lock (_lock)
                {
                    if (_count > 0)
                    {
                        byte b = _ring[_head];
                        _head = (_head + 1) % _ring.Length;
                        _count--;
                        return b;
                    }
                }
                _available.WaitOne(100, false);
            }
        }

        public int Available()
        {
            lock (_lock)
            {
                return _count;
            }
        }

        public void Flush()
        {
        }
    }
}
