using System.Collections;
using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO.Ports
{
    /// <summary>
    /// SerialPort with the managed library's bookkeeping and the firmware's ports (nanoframework/System.IO.Ports
    /// SerialPort.cs): the constructor takes the port number from the name's fourth character and registers the
    /// port, and throws ArgumentException when a SerialPort for that number is already registered; only Dispose
    /// unregisters it, so a port whose Open failed blocks the next SerialPort on that name until it is disposed.
    /// Open throws InvalidOperationException when already open. Ports: ESP32 COM1-COM3 = UART0-2 (nf-interpreter
    /// targets/ESP32/_nanoCLR/System.IO.Ports); STM32F769I-DISCO COM5 (UART5, TX PC12 / RX PD2) and COM6 (USART6,
    /// TX PC6 / RX PC7) only (targets/ChibiOS/ST_STM32F769I_DISCOVERY/target_system_io_ports_config.h and .cpp):
    /// opening another throws ArgumentException. BaudRate &lt;= 0, DataBits outside 5-8, negative timeouts throw
    /// ArgumentOutOfRangeException.
    /// </summary>
    public sealed class SerialPort : IDisposable
    {
        private static ArrayList s_devices { get { return Chip.Current.SerialPorts; } }
        private readonly string _deviceId;
        private readonly int _portIndex;
        private int _baudRate;
        private Parity _parity;
        private int _dataBits;
        private StopBits _stopBits;
        private Handshake _handshake = Handshake.None;
        private int _readTimeout = -1;
        private int _writeTimeout = -1;
        private int _bufferSize = 256;
        private bool _opened;
        private bool _disposed;

        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One)
        {
            _portIndex = portName[3] - 48;
            if (Find(_portIndex) != null)
            {
                throw new ArgumentException();
            }
            _deviceId = portName;
            _baudRate = baudRate;
            _parity = parity;
            _dataBits = dataBits;
            _stopBits = stopBits;
            s_devices.Add(this);
        }

        private static SerialPort Find(int index)
        {
            for (int i = 0; i < s_devices.Count; i++)
            {
                if (((SerialPort)s_devices[i])._portIndex == index)
                {
                    return (SerialPort)s_devices[i];
                }
            }
            return null;
        }

        private static bool Exists(int index)
        {
            return Chip.Current.Esp32 ? index >= 1 && index <= 3 : index == 5 || index == 6;
        }

        public void Open()
        {
            if (_opened)
            {
                throw new InvalidOperationException();
            }
            _disposed = false;
            if (!Exists(_portIndex) || !Chip.World.UartOpen(_portIndex, _baudRate))
            {
                throw new ArgumentException();
            }
            Chip.Current.AddPort(this);
            _opened = true;
        }

        public void Close()
        {
            if (_opened)
            {
                Chip.Current.RemovePort(this);
            }
            _opened = false;
        }

        public string PortName
        {
            get { return _deviceId; }
        }

        public bool IsOpen
        {
            get { return _opened; }
        }

        public int BaudRate
        {
            get { return _baudRate; }
            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _baudRate = value;
            }
        }

        public int DataBits
        {
            get { return _dataBits; }
            set
            {
                if (value < 5 || value > 8)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _dataBits = value;
            }
        }

        public Parity Parity
        {
            get { return _parity; }
            set { _parity = value; }
        }

        public StopBits StopBits
        {
            get { return _stopBits; }
            set { _stopBits = value; }
        }

        public Handshake Handshake
        {
            get { return _handshake; }
            set { _handshake = value; }
        }

        public int ReadTimeout
        {
            get { return _readTimeout; }
            set
            {
                if (value < 0 && value != -1)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _readTimeout = value;
            }
        }

        public int WriteTimeout
        {
            get { return _writeTimeout; }
            set
            {
                if (value < 0 && value != -1)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _writeTimeout = value;
            }
        }

        public int ReadBufferSize
        {
            get { return _bufferSize; }
            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }
                if (_opened)
                {
                    throw new InvalidOperationException();
                }
                _bufferSize = value;
            }
        }

        public int BytesToRead
        {
            get
            {
                CheckOpen();
                return Chip.World.UartAvailable(_portIndex);
            }
        }

        public event SerialDataReceivedEventHandler DataReceived;

        internal void OnWorldData()
        {
            SerialDataReceivedEventHandler h = DataReceived;
            if (h != null && _opened)
            {
                h(this, new SerialDataReceivedEventArgs(SerialData.Chars));
            }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            CheckOpen();
            return Chip.World.UartRead(_portIndex, buffer, offset, count);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            CheckOpen();
            Chip.World.UartWrite(_portIndex, buffer, offset, count);
        }

        public void WriteByte(byte value)
        {
            Write(new byte[] { value }, 0, 1);
        }

        private void CheckOpen()
        {
            if (!_opened)
            {
                throw new InvalidOperationException();
            }
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                Close();
                s_devices.Remove(this);
                _disposed = true;
            }
        }
    }
}
