using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated UART. Bytes fed by the test arrive in RX; bytes written go to every UART whose RX pin is wired to
    /// this TX pin (loopback or a second UART), else to the TX log the test takes.
    /// </summary>
    public sealed class SimUart : IUart
    {
        private readonly SimBoard _board;
        public readonly int Id;
        public int TxPin = -1;
        public int RxPin = -1;
        public int Baudrate = 9600;
        public int Bits = 8;
        public int Parity = -1;
        public int StopBits = 1;
        public bool Open;
        public int Breaks;
        private readonly Queue<byte> _rx = new Queue<byte>();
        private readonly List<byte> _tx = new List<byte>();
        private IIrqSink _rxSink;

        public SimUart(SimBoard board, int id)
        {
            _board = board;
            Id = id;
        }

        public void Configure(int baudrate, int bits, int parity, int stop)
        {
            Baudrate = baudrate;
            Bits = bits;
            Parity = parity;
            StopBits = stop;
        }

        public int Write(byte[] data, int offset, int count)
        {
            List<SimUart> peers;
            lock (_board.Sync)
            {
                peers = _board.UartsListeningOn(TxPin);
                if (peers.Count == 0)
                {
                    for (int i = 0; i < count; i++)
                    {
                        _tx.Add(data[offset + i]);
                    }
                }
            }
            for (int p = 0; p < peers.Count; p++)
            {
                peers[p].Feed(data, offset, count);
            }
            return count;
        }

        public int Read(byte[] data, int offset, int count)
        {
            lock (_board.Sync)
            {
                int n = 0;
                while (n < count && _rx.Count > 0)
                {
                    data[offset + n] = _rx.Dequeue();
                    n++;
                }
                return n;
            }
        }

        public int Available
        {
            get
            {
                lock (_board.Sync)
                {
                    return _rx.Count;
                }
            }
        }

        public void SendBreak()
        {
            Breaks++;
        }

        public void SetRxIrq(IIrqSink sink)
        {
            _rxSink = sink;
        }

        public void Close()
        {
            Open = false;
        }

        /// <summary>Bytes arriving on RX (from the test or a wired TX).</summary>
        public void Feed(byte[] data, int offset, int count)
        {
            IIrqSink sink;
            lock (_board.Sync)
            {
                for (int i = 0; i < count; i++)
                {
                    _rx.Enqueue(data[offset + i]);
                }
                sink = _rxSink;
            }
            if (sink != null && count > 0)
            {
                sink.OnIrq(this, 1);
            }
        }

        /// <summary>Everything written since the last Take.</summary>
        public byte[] Take()
        {
            lock (_board.Sync)
            {
                byte[] r = _tx.ToArray();
                _tx.Clear();
                return r;
            }
        }
    }
}
