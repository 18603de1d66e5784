namespace MicroPy.Objects
{
    /// <summary>
    /// gc.disable() on a heap whose collector cannot be paused (.NET's, nanoCLR's). While it is in force, every Python
    /// object created takes one 16-byte block (MicroPython's allocation unit) of the heap that was free at
    /// gc.disable(), and buffers announced through Err.Reserve take their size; nothing comes back until gc.collect()
    /// or gc.enable(). A program that keeps allocating with the GC disabled so gets the MemoryError a MicroPython
    /// board gives it, and code that creates no Python object (calls, loops over small ints) runs on, as there.
    /// Strings are not counted (they are not Python objects of this runtime's heap model).
    /// </summary>
    public static class HeapHold
    {
        public const int BlockBytes = 16;

        /// <summary>Blocks left while held; -1 when the collector runs normally (what PyObject's constructor checks).</summary>
        public static long Blocks = -1;

        /// <summary>The interpreter's thread, which called gc.disable(): objects other threads make (socket and
        /// hardware workers) are not counted, so a MemoryError is only ever raised where Python code runs.</summary>
        private static System.Threading.Thread s_owner;

        public static bool Held
        {
            get { return Blocks >= 0; }
        }

        /// <summary>gc.disable(): freeBytes of heap are left, and freed memory stops coming back.</summary>
        public static void Hold(long freeBytes)
        {
            s_owner = System.Threading.Thread.CurrentThread;
            Blocks = freeBytes < 0 ? 0 : freeBytes / BlockBytes;
        }

        /// <summary>gc.enable(), a soft reset: the collector's work counts again.</summary>
        public static void Release()
        {
            Blocks = -1;
        }

        /// <summary>gc.collect() while held: the garbage is reclaimed, freeBytes are left.</summary>
        public static void Refill(long freeBytes)
        {
            if (Blocks >= 0)
            {
                Hold(freeBytes);
            }
        }

        /// <summary>Stops counting for objects MicroPython never puts on its heap (small ints, builtins' objects in
        /// ROM, the printing of an uncaught exception); returns what Resume needs.</summary>
        public static long Pause()
        {
            long b = Blocks;
            Blocks = -1;
            return b;
        }

        public static void Resume(long paused)
        {
            Blocks = paused;
        }

        /// <summary>Takes bytes (rounded up to blocks) of the held heap, or raises MemoryError when they are not left.</summary>
        public static void Take(long bytes)
        {
            if (System.Threading.Thread.CurrentThread != s_owner)
            {
                return;
            }
            long n = (bytes + BlockBytes - 1) / BlockBytes;
            if (n <= Blocks)
            {
                Blocks -= n;
                return;
            }
            // The MemoryError itself comes from the emergency reserve, as in MicroPython; the heap stays exhausted.
            Blocks = -1;
            PyException e = Err.Memory("memory allocation failed, allocating " + Ops.LongToString(n * BlockBytes) + " bytes");
            Blocks = 0;
            throw e;
        }
    }
}
