using MicroPy.Objects;
using MicroPy.Compiler;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>micropython: const, mem_info, mem_total/mem_current/mem_peak, qstr_info, alloc_emergency_exception_buf, native/viper (accepted,
    /// run as ordinary bytecode), schedule (deferred calls run by the VM between bytecodes).</summary>
    public sealed class MicroPythonModule : NativeModule
    {
        private static MicroPythonModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static MicroPythonModule Instance
        {
            get { return s_instance ?? (s_instance = new MicroPythonModule()); }
        }

        private const int Const = 0;
        private const int MemInfo = 1;
        private const int QstrInfo = 2;
        private const int AllocEmergency = 3;
        private const int Native = 4;
        private const int Viper = 5;
        private const int Schedule = 6;
        private const int OptLevel = 7;
        private const int KbdIntr = 8;
        private const int MemTotal = 9;
        private const int MemCurrent = 10;
        private const int MemPeak = 11;
        private const int Ptr = 12;
        private const int Ptr32 = 15;
        private const int ViperInt = 16;
        private const int ViperUint = 17;

        /// <summary>Heap use seen by the last mem_* call, the highest seen and the sum of the growth seen.</summary>
        private long _lastUsed;
        private long _peak;
        private long _grown;

        private MicroPythonModule() : base("micropython", new string[]
        {
            "const", "mem_info", "qstr_info", "alloc_emergency_exception_buf", "native", "viper", "schedule", "opt_level",
            "kbd_intr",
            "mem_total", "mem_current", "mem_peak", "ptr", "ptr8", "ptr16", "ptr32", "int", "uint",
        })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Const:
                    Ops.CheckArgs("const", argc, kwc, 1, 1);
                    return args[0];
                case MemInfo:
                    {
                        // MicroPython's layout; the stack line counts the VM's Python frames.
                        Ops.CheckArgs("mem_info", argc, kwc, 0, 1);
                        long used = Used();
                        long free = Platform.Memory != null ? Platform.Memory.Free() : 0;
                        Interp.Current.Write("mem: total=" + Ops.LongToString(_grown) + ", current=" + Ops.LongToString(used)
                            + ", peak=" + Ops.LongToString(_peak) + "\n");
                        Interp.Current.Write("stack: " + Ops.IntToString(Vm.Depth) + " out of " + Ops.IntToString(Vm.MaxDepth) + "\n");
                        Interp.Current.Write("GC: total: " + Ops.LongToString(used + free) + ", used: " + Ops.LongToString(used) + ", free: " + Ops.LongToString(free) + "\n");
                        if (argc > 0 && Ops.IsTrue(args[0]))
                        {
                            Interp.Current.Write("qstr: " + Ops.IntToString(Qstr.Count) + " strings, " + Ops.IntToString(Qstr.Chars) + " chars\n");
                        }
                        return PyNone.None;
                    }
                case Ptr:
                case Ptr + 1:
                case Ptr + 2:
                case Ptr32:
                    // The casts of @micropython.viper code (the compiler maps ptr8(...) there to these).
                    Ops.CheckArgs(Names[id], argc, kwc, 1, 1);
                    return new PyViperPtr(args[0], id == Ptr32 ? 4 : id == Ptr + 2 ? 2 : 1);
                case ViperInt:
                case ViperUint:
                    // Viper's machine-word casts (uint(x) in @micropython.viper code, and the conversion of a value
                    // returned as -> int, -> uint or -> ptr): 64-bit words, as sys.maxsize says.
                    Ops.CheckArgs(Names[id], argc, kwc, 1, 1);
                    return ViperWord(args[0], id == ViperUint);
                case MemTotal:
                case MemCurrent:
                case MemPeak:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 0, 0);
                        long used = Used();
                        return PyInt.Create(id == MemCurrent ? used : id == MemPeak ? _peak : _grown);
                    }
                case QstrInfo:
                    Ops.CheckArgs("qstr_info", argc, kwc, 0, 1);
                    Interp.Current.Write("qstr pool: n_pool=1, n_qstr=" + Ops.IntToString(Qstr.Count) + ", n_str_data_bytes=" + Ops.IntToString(Qstr.Chars) + ", n_total_bytes=" + Ops.IntToString(Qstr.Chars + 8 * Qstr.Count) + "\n");
                    return PyNone.None;
                case AllocEmergency:
                    // Exceptions here are ordinary managed objects; the size is accepted and validated only.
                    Ops.CheckArgs("alloc_emergency_exception_buf", argc, kwc, 1, 1);
                    Ops.ToLong(args[0]);
                    return PyNone.None;
                case Native:
                case Viper:
                    Ops.CheckArgs(Names[id], argc, kwc, 1, 1);
                    return args[0];
                case Schedule:
                    Ops.CheckArgs("schedule", argc, kwc, 2, 2);
                    if (!MicroPy.Runtime.Scheduler.Schedule(args[0], args[1]))
                    {
                        throw Err.Runtime("schedule queue full");
                    }
                    return PyNone.None;
                case OptLevel:
                    return PyInt.Create(0);
                case KbdIntr:
                    {
                        // The byte that interrupts running code; -1 passes Ctrl-C through as data (mpremote mount).
                        Ops.CheckArgs("kbd_intr", argc, kwc, 1, 1);
                        long c = Ops.ToLong(args[0]);
                        Vm.InterruptChar = c >= 0 && c < 256 ? (int)c : -1;
                        return PyNone.None;
                    }
            }
            return PyNone.None;
        }

        /// <summary>x as a machine word: None is 0, a bool 0 or 1, an int truncated to 64 bits, a viper pointer its
        /// address; read as signed or unsigned.</summary>
        private static object ViperWord(object x, bool unsigned)
        {
            ulong w;
            PyViperPtr p = x as PyViperPtr;
            if (x == PyNone.None)
            {
                w = 0;
            }
            else if (x is PyBool)
            {
                w = x == PyBool.True ? 1UL : 0UL;
            }
            else if (p != null)
            {
                w = (ulong)p.Address;
            }
            else
            {
                bool neg;
                uint[] mag;
                if (!PyBigInt.Split(Ops.NativeSelf(x), out neg, out mag))
                {
                    throw Err.Type("can't convert " + Ops.TypeName(x) + " to int");
                }
                w = mag.Length == 0 ? 0 : mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
                if (neg)
                {
                    w = (ulong)(-(long)w);
                }
            }
            if (!unsigned || w <= (ulong)long.MaxValue)
            {
                return PyInt.Create((long)w);
            }
            return PyBigInt.Make(false, BigNat.FromULong(w));
        }

        /// <summary>Heap bytes in use now; updates the peak and the total, which is the sum of the heap's growth
        /// between calls (a lower bound of what was allocated: nanoCLR reports no allocation total).</summary>
        private long Used()
        {
            long used = Platform.Memory != null ? Platform.Memory.Allocated() : 0;
            if (used > _lastUsed)
            {
                _grown += used - _lastUsed;
            }
            _lastUsed = used;
            if (used > _peak)
            {
                _peak = used;
            }
            return used;
        }
    }
}
