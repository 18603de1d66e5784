using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The device side of a simulated 1-Wire bus on a pin: it reads the master's slots from the pin's edges with the
    /// DS18B20 datasheet's windows (a low of 480 us or more is a reset, answered by a presence pulse 30 us after the
    /// release, 120 us long; a slot's low under 15 us writes 1, 60-120 us writes 0; anything else is a protocol
    /// error), and in a read slot the devices that send a 0 hold the line low for 30 us from the falling edge,
    /// wired-AND, so the master samples it 15 us in.
    /// </summary>
    public sealed class SimOneWireBus : ISimPinListener
    {
        private readonly SimBoard _board;
        private readonly SimPin _pin;
        public readonly List<SimDs18b20> Devices = new List<SimDs18b20>();
        public int Errors;
        private long _fallNs = -1;
        private bool _readSlot;
        private bool _self;

        public SimOneWireBus(SimBoard board, SimPin pin)
        {
            _board = board;
            _pin = pin;
        }

        public SimBoard Board
        {
            get { return _board; }
        }

        private void Drive(int level)
        {
            _self = true;
            try
            {
                _pin.Drive(level);
            }
            finally
            {
                _self = false;
            }
        }

        private void Hold(long fromUs, long widthUs)
        {
            _board.Schedule(fromUs, 0, delegate { Drive(0); });
            _board.Schedule(fromUs + widthUs, 0, delegate { Drive(-1); });
        }

        public void OnEdge(SimPin pin, int level, long ns)
        {
            if (_self)
            {
                return;
            }
            if (level == 0)
            {
                _fallNs = ns;
                _readSlot = false;
                bool low = false;
                for (int i = 0; i < Devices.Count; i++)
                {
                    int b = Devices[i].NextOut();
                    if (b >= 0)
                    {
                        _readSlot = true;
                        low |= b == 0;
                    }
                }
                if (low)
                {
                    Drive(0);
                    _board.Schedule(ns / 1000 + 30, 0, delegate { Drive(-1); });
                }
                return;
            }
            if (_fallNs < 0)
            {
                return;
            }
            long lowUs = (ns - _fallNs) / 1000;
            _fallNs = -1;
            if (lowUs >= 480)
            {
                for (int i = 0; i < Devices.Count; i++)
                {
                    Devices[i].Reset();
                }
                if (Devices.Count > 0)
                {
                    Hold(ns / 1000 + 30, 120);
                }
                return;
            }
            if (_readSlot)
            {
                if (lowUs >= 15)
                {
                    // The master must let go before it samples; held low this long it wrote over the devices' bits.
                    Errors++;
                }
                return;
            }
            int bit;
            if (lowUs < 15)
            {
                bit = 1;
            }
            else if (lowUs >= 60 && lowUs <= 120)
            {
                bit = 0;
            }
            else
            {
                Errors++;
                return;
            }
            for (int i = 0; i < Devices.Count; i++)
            {
                Devices[i].Receive(bit);
            }
        }
    }
}
