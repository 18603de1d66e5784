#if !NF_STM32
using nanoFramework.Hardware.Esp32;
#endif

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// Heap figures from nanoFramework.Runtime.Native.GC.Run, which collects and returns the free bytes of the
    /// managed heap (there is no other way to read them, so Free and Allocated each run a collection). The runtime
    /// does not report the heap size: Allocated is what the program took since the interpreter started (free bytes
    /// then, minus free bytes now), so mem_alloc() + mem_free() stays constant as on MicroPython.
    /// </summary>
    public sealed class NanoMemory : IMemory
    {
        private long _baseFree;

        public NanoMemory()
        {
            _baseFree = Collect();
        }

        public long Allocated()
        {
            long a = _baseFree - Free();
            return a < 0 ? 0 : a;
        }

        public long Free()
        {
            long f = nanoFramework.Runtime.Native.GC.Run(false);
            if (f > _baseFree)
            {
                _baseFree = f;
            }
            return f;
        }

        /// <summary>nanoCLR refuses an allocation beyond its heap itself (OutOfMemoryException: MemoryError);
        /// reading the free figure would cost a collection per call.</summary>
        public bool Reserve(long bytes)
        {
            return true;
        }

        public long Collect()
        {
            return nanoFramework.Runtime.Native.GC.Run(true);
        }

        /// <summary>
        /// The native heap (outside the managed heap) as one line for error reports: on ESP32 from
        /// NativeMemory.GetMemoryInfo; elsewhere the managed free figure only.
        /// </summary>
        public static string Summary()
        {
            string managed = "managed heap free " + nanoFramework.Runtime.Native.GC.Run(true).ToString();
#if NF_STM32
            return managed;
#else
            uint total;
            uint free;
            uint largest;
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.All, out total, out free, out largest);
            return managed + ", native heap free " + free.ToString() + " of " + total.ToString() + " (largest block " + largest.ToString() + ")";
#endif
        }
    }
}
