namespace MicroPy.Hal
{
    /// <summary>Heap figures for gc.mem_alloc/mem_free and micropython.mem_info.</summary>
    public interface IMemory
    {
        /// <summary>Bytes of managed heap in use.</summary>
        long Allocated();

        /// <summary>Bytes of managed heap still free (device: nanoCLR's figure; desktop: the configured budget minus use).</summary>
        long Free();

        /// <summary>Runs a collection; returns free bytes afterwards.</summary>
        long Collect();

        /// <summary>Whether bytes more fit the heap (collecting first if need be); false means MemoryError.</summary>
        bool Reserve(long bytes);
    }
}
