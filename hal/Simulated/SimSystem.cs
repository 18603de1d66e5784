using MicroPy.Runtime;
using MicroPy.Modules.Machine;

namespace MicroPy.Hal.Simulated
{
    /// <summary>Reset, sleep and identity of the simulated chip.</summary>
    public sealed class SimSystem : ISystemControl
    {
        private readonly SimBoard _board;
        private long _frequency = 240000000;
        /// <summary>Cause reported after the next (or current) boot.</summary>
        public int Cause = MicroPy.Hal.ResetCause.PowerOn;
        public int Wake;
        /// <summary>Cause of the reset in progress (set when a reset is raised).</summary>
        public int NextCause = MicroPy.Hal.ResetCause.PowerOn;

        public SimSystem(SimBoard board)
        {
            _board = board;
        }

        public void Reset()
        {
            _board.RaiseReset(MicroPy.Hal.ResetCause.SoftReset);
        }

        public int ResetCause
        {
            get { return Cause; }
        }

        public int WakeReason
        {
            get { return Wake; }
        }

        public long Frequency
        {
            get { return _frequency; }
        }

        public bool SetFrequency(long hz)
        {
            if (hz != 80000000 && hz != 160000000 && hz != 240000000)
            {
                return false;
            }
            _frequency = hz;
            return true;
        }

        public byte[] UniqueId()
        {
            return new byte[] { 0x24, 0x0a, 0xc4, 0x5e, 0x1a, 0x00 };
        }

        public void Idle()
        {
            long next = _board.NextEventTime();
            long now = _board.NowUs;
            _board.Sleep(next > now && next - now < 1000 ? next - now : 1000);
        }

        /// <summary>machine.sleep()/lightsleep(): with ms, that long; without, until a source configured with
        /// wake=machine.SLEEP fires (a pin edge, a pin level that holds, the RTC alarm). IRQ handlers run on the way.</summary>
        public void LightSleep(int ms)
        {
            if (ms >= 0)
            {
                _board.Sleep(ms * 1000L);
                return;
            }
            WakeSources.Clear();
            while (true)
            {
                int reason = WakeSources.Reason(WakeSources.Sleep);
                if (reason != 0)
                {
                    Wake = reason;
                    return;
                }
                WaitForEvent(-1);
            }
        }

        /// <summary>machine.deepsleep([ms]): the watchdog stops, no handler runs; the board wakes (resets with
        /// DEEPSLEEP_RESET) when a source configured with wake=machine.DEEPSLEEP fires or, with ms, after ms (RTC_WAKE).
        /// With neither it sleeps until reset.</summary>
        public void DeepSleep(int ms)
        {
            _board.WatchdogDevice.Stop();
            WakeSources.Clear();
            bool saved = Scheduler.Enabled;
            Scheduler.Enabled = false;
            long deadline = ms >= 0 ? _board.NowUs + ms * 1000L : -1;
            int reason;
            try
            {
                while (true)
                {
                    reason = WakeSources.Reason(WakeSources.DeepSleep);
                    if (reason != 0)
                    {
                        break;
                    }
                    if (deadline >= 0 && _board.NowUs >= deadline)
                    {
                        reason = MicroPy.Hal.ResetCause.RtcWake;
                        break;
                    }
                    WaitForEvent(deadline);
                }
            }
            finally
            {
                Scheduler.Enabled = saved;
            }
            Wake = reason;
            Scheduler.Clear();
            _board.RaiseReset(MicroPy.Hal.ResetCause.DeepSleepReset);
        }

        /// <summary>Moves the board to its next event (or deadline); nothing left that could ever wake it: halted.</summary>
        private void WaitForEvent(long deadline)
        {
            if (_board.RealTime)
            {
                _board.Sleep(1000);
                return;
            }
            long next = _board.NextEventTime();
            if (deadline >= 0 && (next < 0 || next > deadline))
            {
                next = deadline;
            }
            if (next < 0)
            {
                throw new BoardResetException(MicroPy.Hal.ResetCause.Halted);
            }
            _board.AdvanceTo(next > _board.NowUs ? next : _board.NowUs + 1);
        }
    }
}
