using System;
using System.Threading;
using nanoFramework.Runtime.Native;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// nanoFramework exposes no hardware watchdog, so machine.WDT is a software one: a highest-priority thread
    /// that reboots the chip (Power.RebootDevice, recorded as WDT_RESET) when the program has not fed it within the
    /// timeout. nanoCLR time-slices threads, so a Python loop that never feeds is caught; a hang of the runtime
    /// itself is not (the firmware's own task watchdog covers that on ESP32).
    /// </summary>
    public sealed class NanoWatchdog : IWatchdog
    {
        private Thread _thread;
        private int _timeoutMs;
        private long _lastFeed;

        public void Start(int timeoutMs)
        {
            if (_thread != null)
            {
                Feed();
                return;
            }
            _timeoutMs = timeoutMs < 1 ? 1 : timeoutMs;
            _lastFeed = Environment.TickCount64;
            _thread = new Thread(Run);
            _thread.Priority = ThreadPriority.Highest;
            _thread.Start();
        }

        public void Feed()
        {
            _lastFeed = Environment.TickCount64;
        }

        private void Run()
        {
            int step = _timeoutMs / 4;
            if (step < 10)
            {
                step = 10;
            }
            if (step > 250)
            {
                step = 250;
            }
            while (true)
            {
                Thread.Sleep(step);
                if (Environment.TickCount64 - _lastFeed > _timeoutMs)
                {
                    ResetMarker.Write(ResetCause.WdtReset);
                    Power.RebootDevice();
                }
            }
        }
    }
}
