using System;

namespace MicroPy.Hal.Desktop
{
    /// <summary>Managed heap of the host process against a configurable budget (default 256 KB, like a board).</summary>
    public sealed class DesktopMemory : IMemory
    {
        public long Budget;

        public DesktopMemory(long budget)
        {
            Budget = budget;
        }

        public long Allocated()
        {
            return GC.GetTotalMemory(false);
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
    }
}
