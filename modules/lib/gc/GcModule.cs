using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>gc: enable, disable, isenabled, collect, mem_alloc, mem_free (figures from Platform.Memory).</summary>
    public sealed class GcModule : NativeModule
    {
        private static GcModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static GcModule Instance
        {
            get { return s_instance ?? (s_instance = new GcModule()); }
        }

        private GcModule() : base("gc", new string[] { "enable", "disable", "isenabled", "collect", "mem_alloc", "mem_free" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Enable = 0;
            public const int Disable = 1;
            public const int IsEnabled = 2;
            public const int Collect = 3;
            public const int MemAlloc = 4;
            public const int MemFree = 5;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            Ops.CheckArgs(Names[id], argc, kwc, 0, 0);
            IMemory mem = Platform.Memory;
            switch (id)
            {
                case Id.Enable:
                    HeapHold.Release();
                    return PyNone.None;
                case Id.Disable:
                    // The host runtime's collector cannot be paused: the heap that is free now is what the program
                    // has until gc.enable() or gc.collect() (see HeapHold).
                    if (!HeapHold.Held)
                    {
                        HeapHold.Hold(mem != null ? mem.Free() : long.MaxValue);
                    }
                    return PyNone.None;
                case Id.IsEnabled:
                    return PyBool.From(!HeapHold.Held);
                case Id.Collect:
                    if (mem != null)
                    {
                        HeapHold.Refill(mem.Collect());
                    }
                    return PyNone.None;
                case Id.MemAlloc:
                    return PyInt.Create(mem != null ? mem.Allocated() : 0);
                case Id.MemFree:
                    return PyInt.Create(mem != null ? mem.Free() : -1);
            }
            return PyNone.None;
        }
    }
}
