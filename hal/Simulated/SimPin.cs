using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated GPIO. The level of its net comes from the drivers on it (outputs, open-drain lows, external
    /// drive from the test), else the pulls, else it keeps its last level. Every change is recorded with its
    /// virtual timestamp in each pin's history, and raises the pin's edge/level IRQ.
    /// </summary>
    public sealed class SimPin : IGpioPin
    {
        private readonly SimBoard _board;
        public readonly int PinNumber;
        public int Mode = GpioConst.ModeIn;
        public int Pull = GpioConst.PullNone;
        public int Out;
        /// <summary>External drive from the simulation: -1 released, else 0/1.</summary>
        public int External = -1;
        public SimNet Net;
        public int IrqTrigger;
        public IIrqSink IrqSink;
        public readonly List<long> HistoryTimes = new List<long>();
        public readonly List<int> HistoryLevels = new List<int>();
        /// <summary>Incremented on every level change; SPI devices use it to see CS transactions.</summary>
        public int Changes;
        /// <summary>Devices on this pin (a LED strip, a 1-Wire bus, a sensor), told of each level change.</summary>
        public readonly List<ISimPinListener> Listeners = new List<ISimPinListener>();

        public SimPin(SimBoard board, int number)
        {
            _board = board;
            PinNumber = number;
            Net = new SimNet();
            Net.Pins.Add(this);
        }

        public int Number
        {
            get { return PinNumber; }
        }

        public int Level
        {
            get { return Net.Level; }
        }

        public void SetMode(int mode, int pull)
        {
            lock (_board.Sync)
            {
                Mode = mode;
                Pull = pull;
                Resolve(Net, _board, -1);
            }
        }

        public int Read()
        {
            _board.Observe();
            lock (_board.Sync)
            {
                return Net.Level;
            }
        }

        public void Write(int level)
        {
            WriteAt(level, -1);
        }

        /// <summary>Sets the output at ns nanoseconds of board time (a pulse train's edge between two microseconds),
        /// or now for ns -1.</summary>
        public void WriteAt(int level, long ns)
        {
            lock (_board.Sync)
            {
                Out = level != 0 ? 1 : 0;
                Resolve(Net, _board, ns);
            }
        }

        public void SetIrq(int trigger, IIrqSink sink)
        {
            lock (_board.Sync)
            {
                IrqTrigger = sink == null ? 0 : trigger;
                IrqSink = sink;
            }
        }

        public void Drive(int level)
        {
            lock (_board.Sync)
            {
                External = level < 0 ? -1 : (level != 0 ? 1 : 0);
                Resolve(Net, _board, -1);
            }
        }

        /// <summary>Connects two pins' nets.</summary>
        public static void Wire(SimPin a, SimPin b, SimBoard board)
        {
            lock (board.Sync)
            {
                if (a.Net == b.Net)
                {
                    return;
                }
                SimNet keep = a.Net;
                SimNet gone = b.Net;
                for (int i = 0; i < gone.Pins.Count; i++)
                {
                    gone.Pins[i].Net = keep;
                    keep.Pins.Add(gone.Pins[i]);
                }
                Resolve(keep, board, -1);
            }
        }

        private static void Resolve(SimNet net, SimBoard board, long ns)
        {
            int drive = -1;
            int pull = -1;
            for (int i = 0; i < net.Pins.Count; i++)
            {
                SimPin p = net.Pins[i];
                int d = -1;
                if (p.External >= 0)
                {
                    d = p.External;
                }
                else if (p.Mode == GpioConst.ModeOut || p.Mode == GpioConst.ModeAlt)
                {
                    d = p.Out;
                }
                else if ((p.Mode == GpioConst.ModeOpenDrain || p.Mode == GpioConst.ModeAltOpenDrain) && p.Out == 0)
                {
                    d = 0;
                }
                // A low driver wins a conflict, as on an open-drain or wired-AND line.
                if (d == 0 || (d == 1 && drive < 0))
                {
                    drive = d;
                }
                if (p.Pull == GpioConst.PullUp && pull < 0)
                {
                    pull = 1;
                }
                else if (p.Pull == GpioConst.PullDown)
                {
                    pull = 0;
                }
            }
            int level = drive >= 0 ? drive : pull >= 0 ? pull : net.Level;
            if (level == net.Level)
            {
                return;
            }
            net.Level = level;
            long now = ns >= 0 ? ns / 1000 : board.NowUs;
            if (ns < 0)
            {
                ns = now * 1000;
            }
            for (int i = 0; i < net.Pins.Count; i++)
            {
                SimPin p = net.Pins[i];
                p.Changes++;
                p.HistoryTimes.Add(now);
                p.HistoryLevels.Add(level);
                for (int k = 0; k < p.Listeners.Count; k++)
                {
                    p.Listeners[k].OnEdge(p, level, ns);
                }
                int t = p.IrqTrigger;
                if (t != 0 && p.IrqSink != null)
                {
                    int flags = 0;
                    if (level == 1 && (t & GpioConst.IrqRising) != 0)
                    {
                        flags |= GpioConst.IrqRising;
                    }
                    if (level == 0 && (t & GpioConst.IrqFalling) != 0)
                    {
                        flags |= GpioConst.IrqFalling;
                    }
                    if (level == 1 && (t & GpioConst.IrqHighLevel) != 0)
                    {
                        flags |= GpioConst.IrqHighLevel;
                    }
                    if (level == 0 && (t & GpioConst.IrqLowLevel) != 0)
                    {
                        flags |= GpioConst.IrqLowLevel;
                    }
                    if (flags != 0)
                    {
                        p.IrqSink.OnIrq(p, flags);
                    }
                }
            }
        }
    }
}
