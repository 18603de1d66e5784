using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>sim.uart(id): the peer at the other end of a UART: feed(bytes) to its RX, take() what it sent.</summary>
    public sealed class SimUartObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("SimUart", SimUartTable.Instance, null);

        public readonly SimUart Uart;

        public SimUartObject(SimUart uart)
        {
            Uart = uart;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private sealed class SimUartTable : NativeTable
        {
            public static readonly SimUartTable Instance = new SimUartTable();

            private SimUartTable() : base(new string[] { "feed", "take", "config", "breaks" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Feed = 0;
                public const int Take = 1;
                public const int Config = 2;
                public const int Breaks = 3;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimUartObject self = (SimUartObject)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case Id.Feed:
                        {
                            Ops.CheckArgs("feed", argc - 1, kwc, 1, 1);
                            byte[] data;
                            PyBytes b = args[1] as PyBytes;
                            PyByteArray ba = args[1] as PyByteArray;
                            string s = args[1] as string;
                            if (b != null)
                            {
                                data = b.Data;
                            }
                            else if (ba != null)
                            {
                                data = new byte[ba.Count];
                                System.Array.Copy(ba.Data, data, ba.Count);
                            }
                            else if (s != null)
                            {
                                data = Utf8.Encode(s);
                            }
                            else
                            {
                                throw Err.Type("feed() needs bytes or str");
                            }
                            self.Uart.Feed(data, 0, data.Length);
                            return PyNone.None;
                        }
                    case Id.Take:
                        Ops.CheckArgs("take", argc - 1, kwc, 0, 0);
                        return new PyBytes(self.Uart.Take());
                    case Id.Config:
                        Ops.CheckArgs("config", argc - 1, kwc, 0, 0);
                        return new PyTuple(new object[]
                        {
                            PyInt.Create(self.Uart.Baudrate), PyInt.Create(self.Uart.Bits),
                            self.Uart.Parity < 0 ? (object)PyNone.None : PyInt.Create(self.Uart.Parity), PyInt.Create(self.Uart.StopBits),
                        });
                    default:
                        return PyInt.Create(self.Uart.Breaks);
                }
            }
        }
    }
}
