using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>
    /// Heap figures: on nanoCLR nanoFramework.Runtime.Native.GC.Run (free bytes after a collection without compaction: GC.Run(true) segfaults the POSIX host; in use = the free
    /// figure at start-up minus the current one, plus what the runtime held before Main); on desktop GC.GetTotalMemory.
    /// </summary>
    public sealed class TestMemory : IMemory
    {
        public static long Collected()
        {
#if NANOFRAMEWORK_1_0 && NF_RUNTIME_NATIVE
            return nanoFramework.Runtime.Native.GC.Run(false);
#elif NANOFRAMEWORK_1_0
            return -1;
#else
            System.GC.Collect();
            return System.GC.GetTotalMemory(true);
#endif
        }

        private readonly long _startFree;

        public TestMemory(long startFree)
        {
            _startFree = startFree;
        }

        public long Allocated()
        {
#if NANOFRAMEWORK_1_0
            return _startFree - Collected();
#else
            return System.GC.GetTotalMemory(false);
#endif
        }

        public long Free()
        {
#if NANOFRAMEWORK_1_0
            return Collected();
#else
            return 100 * 1024;
#endif
        }

        public long Collect()
        {
            return Collected();
        }

        public bool Reserve(long bytes)
        {
            return true;
        }
    }
}
