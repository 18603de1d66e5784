using System;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// The board's heap on the desktop: a budget (the simulated board's heap unless the host is told otherwise)
    /// against the managed heap the program took since Rebase. With Enforced set (the host), an allocation the
    /// interpreter announces through Reserve that does not fit even after a collection is a MemoryError.
    /// </summary>
    public sealed class DesktopMemory : IMemory
    {
        public long Budget;
        public bool Enforced;
        private long _base;

        public DesktopMemory(long budget)
        {
            Budget = budget;
            _base = GC.GetTotalMemory(false);
        }

        /// <summary>What the host itself holds (interpreter, modules) stops counting: call before the program runs.</summary>
        public void Rebase()
        {
            _base = GC.GetTotalMemory(true);
        }

        public long Allocated()
        {
            long a = GC.GetTotalMemory(false) - _base;
            return a < 0 ? 0 : a;
        }

        public long Free()
        {
            long free = Budget - Allocated();
            return free < 0 ? 0 : free;
        }

        public long Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return Free();
        }

        public bool Reserve(long bytes)
        {
            if (!Enforced || Allocated() + bytes <= Budget)
            {
                return true;
            }
            long live = GC.GetTotalMemory(true) - _base;
            return (live < 0 ? 0 : live) + bytes <= Budget;
        }
    }
}
