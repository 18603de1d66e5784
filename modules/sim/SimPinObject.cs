using MicroPy.Objects;

namespace MicroPy.Hal.Simulated
{
    /// <summary>sim.pin(n): the outside view of a pin: drive(level), release(), level(), history(), clear_history().</summary>
    public sealed class SimPinObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("SimPin", SimPinTable.Instance, null);

        public readonly SimPin Pin;
        private readonly SimBoard _board;

        public SimPinObject(SimPin pin, SimBoard board)
        {
            Pin = pin;
            _board = board;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "<sim pin " + Ops.IntToString(Pin.Number) + ">";
        }

        private sealed class SimPinTable : NativeTable
        {
            public static readonly SimPinTable Instance = new SimPinTable();

            private SimPinTable() : base(new string[] { "drive", "release", "level", "history", "clear_history" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Drive = 0;
                public const int Release = 1;
                public const int Level = 2;
                public const int History = 3;
                public const int ClearHistory = 4;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimPinObject self = (SimPinObject)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case Id.Drive:
                        Ops.CheckArgs("drive", argc - 1, kwc, 1, 1);
                        self.Pin.Drive(Ops.IsTrue(args[1]) ? 1 : 0);
                        return PyNone.None;
                    case Id.Release:
                        Ops.CheckArgs("release", argc - 1, kwc, 0, 0);
                        self.Pin.Drive(-1);
                        return PyNone.None;
                    case Id.Level:
                        Ops.CheckArgs("level", argc - 1, kwc, 0, 0);
                        return PyInt.Create(self.Pin.Level);
                    case Id.History:
                        {
                            Ops.CheckArgs("history", argc - 1, kwc, 0, 0);
                            PyList l = new PyList();
                            lock (self._board.Sync)
                            {
                                for (int i = 0; i < self.Pin.HistoryTimes.Count; i++)
                                {
                                    l.Append(new PyTuple(new object[] { PyInt.Create(self.Pin.HistoryTimes[i]), PyInt.Create(self.Pin.HistoryLevels[i]) }));
                                }
                            }
                            return l;
                        }
                    default:
                        lock (self._board.Sync)
                        {
                            self.Pin.HistoryTimes.Clear();
                            self.Pin.HistoryLevels.Clear();
                        }
                        return PyNone.None;
                }
            }
        }
    }
}
