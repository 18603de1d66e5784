using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// The bytecode interpreter: one partial class split by concern (Vm_Loop.cs the instruction loop, Vm_Calls.cs
    /// argument binding and calls, Vm_Errors.cs exception unwinding). Python-to-Python calls switch frames inside
    /// one loop without C# recursion; values on the stack are object references, or Unboxed.Int with the value in
    /// the parallel long array, so small-int arithmetic does not allocate.
    /// </summary>
    public static partial class Vm
    {
#if NANOFRAMEWORK_1_0
        // Device: the stack arrays come from a ~100 KB heap (12 bytes a slot). Boards may change this before the
        // first run.
        public static int StackSlots = 1024;
#else
        /// <summary>Shared stack size in slots (locals and value stacks of all active non-generator frames).</summary>
        public static int StackSlots = 65536;
#endif
        /// <summary>Maximum Python call depth before RuntimeError (the same on every platform: Limits).</summary>
        public static int MaxDepth = Limits.PythonCalls;
        /// <summary>Maximum nesting of native-to-Python re-entry (each costs host stack, or on nanoCLR about 11 KB of
        /// heap): the same on every platform (Limits).</summary>
        public static int MaxNesting = Limits.Reentry;

        private static object[] s_r;
        private static long[] s_i;
        private static int s_top;
        internal static int s_depth;
        internal static int s_nesting;

        /// <summary>The bits of an Unboxed.Int/Unboxed.Float a generator frame with RawYield just yielded.</summary>
        internal static long YieldedBits;
        private static long s_frameIds;
        private static Frame s_pool;
        /// <summary>Innermost running frame (for globals(), locals(), tracebacks of native errors).</summary>
        internal static Frame s_current;

        private static void EnsureStack()
        {
            if (s_r == null)
            {
                s_r = new object[StackSlots];
                s_i = new long[StackSlots];
                RangeType = MicroPy.Values.PyRange.TypeObject;
                InlineRange = new MicroPy.Values.PyRange(0, 0, 1);
            }
        }

        /// <summary>Discards all frames (after a soft reset or a host-level abort).</summary>
        public static void Reset()
        {
            s_top = 0;
            s_depth = 0;
            s_nesting = 0;
            s_current = null;
            Ops.ResetNesting();
            InterruptChar = 3;
            HeapHold.Release();
            if (s_r != null)
            {
                System.Array.Clear(s_r, 0, s_r.Length);
            }
        }

        public static int Depth
        {
            get { return s_depth; }
        }

#if !NANOFRAMEWORK_1_0
        // Inlined on desktop: the loop boxes at many sites, mostly values that are objects already.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        internal static object Box(object r, long i)
        {
            if (r == Unboxed.Int || r == Unboxed.Float)
            {
                return BoxNumber(r, i);
            }
            return r;
        }

        private static object BoxNumber(object r, long i)
        {
            if (r == Unboxed.Int)
            {
                return PyInt.Create(i);
            }
            return new PyFloat(System.BitConverter.Int64BitsToDouble(i));
        }

        private static Frame NewFrame()
        {
            Frame f = s_pool;
            if (f != null)
            {
                s_pool = f.Back;
                f.Back = null;
                return f;
            }
            return new Frame();
        }

        /// <summary>Returns an entry frame to the pool, holding nothing (in-loop calls use child frames instead).</summary>
        private static void FreeFrame(Frame f)
        {
            ReleaseCall(f);
            f.Code = null;
            f.Names = null;
            f.ARefs = null;
            f.AInts = null;
            f.Globals = null;
            f.Func = null;
            f.Gen = null;
            f.Refs = null;
            f.Bits = null;
            f.Back = s_pool;
            s_pool = f;
        }

        /// <summary>A frame after its call: drops what the call owned (a child frame, see Frame.Child, keeps the rest).</summary>
#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        private static void ReleaseCall(Frame f)
        {
            f.Locals = null;
            f.Cells = null;
            f.Handled = null;
            f.Constructing = null;
            for (int i = 0; i < f.BCount; i++)
            {
                f.BSaved[i] = null;
            }
            f.BCount = 0;
        }

        /// <summary>Initializes f for code; locals window at base on arrays r/i (cleared).</summary>
        private static void SetupFrame(Frame f, CodeObject code, PyDict globals, PyDict locals, object[] r, long[] i, int bas)
        {
            f.TakeCode(code);
            f.Globals = globals;
            f.Locals = locals;
            f.Refs = r;
            f.Bits = i;
            f.Base = bas;
            f.Sp = bas + code.NFast;
            f.Pc = 0;
            f.BCount = 0;
            f.Handled = null;
            f.Yielded = false;
            f.Id = ++s_frameIds;
        }

        /// <summary>Claims the shared stack from s_top for a frame of code; RuntimeError when exhausted.</summary>
        private static int ClaimShared(CodeObject code, int bas)
        {
            int extent = bas + code.NFast + code.StackSize + 2;
            if (extent >= s_r.Length || s_depth >= MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            return extent;
        }

        private static PyCell[] MakeCells(CodeObject code, PyCell[] closure)
        {
            if (code.NCells == 0)
            {
                return null;
            }
            if (code.NOwnCells == 0 && closure != null && closure.Length == code.NCells)
            {
                // Only free variables: the cells are the closure's, shared as they are (no array per call).
                return closure;
            }
            PyCell[] cells = new PyCell[code.NCells];
            for (int k = 0; k < code.NOwnCells; k++)
            {
                cells[k] = new PyCell();
            }
            if (closure != null)
            {
                for (int k = code.NOwnCells; k < code.NCells; k++)
                {
                    cells[k] = closure[k - code.NOwnCells];
                }
            }
            return cells;
        }

        /// <summary>Moves parameters that closures capture from their fast slots into their cells.</summary>
        private static void FillParamCells(Frame f)
        {
            CodeObject code = f.Code;
            int[] cp = code.CellParam;
            for (int k = 0; k < cp.Length; k++)
            {
                int slot = cp[k];
                if (slot >= 0)
                {
                    f.Cells[k].Value = Box(f.Refs[f.Base + slot], f.Bits[f.Base + slot]);
                }
            }
        }

        // ---- entry points ----

        /// <summary>Runs module, exec or eval code with the given globals and locals.</summary>
        public static object RunCode(CodeObject code, PyDict globals, PyDict locals)
        {
            EnsureStack();
            Frame f = NewFrame();
            int bas = s_top;
            int extent = ClaimShared(code, bas);
            SetupFrame(f, code, globals, locals, s_r, s_i, bas);
            f.Cells = MakeCells(code, null);
            return RunEntry(f, extent);
        }

        /// <summary>Runs a class body with its namespace dict as locals; returns the __class__ cell or None.</summary>
        public static object RunClassBody(PyFunction body, PyDict ns)
        {
            EnsureStack();
            CodeObject code = body.Code;
            Frame f = NewFrame();
            int bas = s_top;
            int extent = ClaimShared(code, bas);
            SetupFrame(f, code, body.Globals, ns, s_r, s_i, bas);
            f.Cells = MakeCells(code, body.Closure);
            f.Func = body;
            return RunEntry(f, extent);
        }

        private static object RunEntry(Frame f, int extent)
        {
            if (s_nesting >= MaxNesting)
            {
                FreeFrame(f);
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            int savedTop = s_top;
            Frame savedCurrent = s_current;
            for (int k = f.Base; k < f.Base + f.Code.NFast; k++)
            {
                s_r[k] = null;
            }
            s_top = extent;
            s_nesting++;
            s_depth++;
            f.Back = savedCurrent;
            try
            {
                return Run(f, null);
            }
            finally
            {
                s_nesting--;
                s_top = savedTop;
                s_current = savedCurrent;
            }
        }

        /// <summary>Calls a Python function from native code (or from the loop's slow path).</summary>
        public static object CallFunction(PyFunction fn, object[] args, int argc, int kwc)
        {
            EnsureStack();
            CodeObject code = fn.Code;
            if (code.IsGenerator)
            {
                return MakeGenerator(fn, args, 0, argc, kwc);
            }
            Frame f = NewFrame();
            int bas = s_top;
            int extent;
            try
            {
                extent = ClaimShared(code, bas);
            }
            catch
            {
                FreeFrame(f);
                throw;
            }
            SetupFrame(f, code, fn.Globals, null, s_r, s_i, bas);
            f.Func = fn;
            try
            {
                BindArgs(fn, f, args, 0, argc, kwc);
            }
            catch
            {
                FreeFrame(f);
                throw;
            }
            f.Cells = MakeCells(code, fn.Closure);
            if (f.Cells != null)
            {
                FillParamCells(f);
            }
            if (s_nesting >= MaxNesting)
            {
                FreeFrame(f);
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            int savedTop = s_top;
            Frame savedCurrent = s_current;
            s_top = extent;
            s_nesting++;
            s_depth++;
            f.Back = savedCurrent;
            try
            {
                return code.Compiled != null ? RunCompiledEntry(f) : Run(f, null);
            }
            finally
            {
                s_nesting--;
                s_top = savedTop;
                s_current = savedCurrent;
            }
        }

        /// <summary>Calling a generator function: binds the arguments into a private frame.</summary>
        private static PyGenerator MakeGenerator(PyFunction fn, object[] args, int offset, int argc, int kwc)
        {
            CodeObject code = fn.Code;
            int size = code.NFast + code.StackSize + 2;
            Frame f = new Frame();
            SetupFrame(f, code, fn.Globals, null, new object[size], new long[size], 0);
            f.Func = fn;
            BindArgs(fn, f, args, offset, argc, kwc);
            f.Cells = MakeCells(code, fn.Closure);
            if (f.Cells != null)
            {
                FillParamCells(f);
            }
            PyGenerator g = new PyGenerator(f, fn.Name, code.IsCoroutine);
            g.Body = code.Compiled as CompiledCode;
            f.Gen = g;
            return g;
        }

        /// <summary>Resumes a generator frame with a sent value (null on first start) or an exception to raise.</summary>
        internal static object ResumeGenerator(PyGenerator g, object send, PyBaseException exc)
        {
            EnsureStack();
            Frame f = g.Frame;
            if (s_nesting >= MaxNesting)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            Frame savedCurrent = s_current;
            int savedTop = s_top;
            s_nesting++;
            s_depth++;
            f.Back = savedCurrent;
            f.Yielded = false;
            try
            {
                if (f.Code.Compiled != null)
                {
                    return ResumeCompiledGenerator(f, send, exc);
                }
                if (exc != null)
                {
                    return ResumeWithException(f, exc);
                }
                if (send != null)
                {
                    f.Refs[f.Sp] = send;
                    f.Sp++;
                }
                return Run(f, null);
            }
            finally
            {
                s_nesting--;
                s_top = savedTop;
                s_current = savedCurrent;
            }
        }

        /// <summary>globals() of the innermost running Python frame, or null.</summary>
        public static PyDict CurrentGlobals()
        {
            return s_current != null ? s_current.Globals : null;
        }

        /// <summary>locals() of the innermost frame: its dict, or a snapshot of a function's variables.</summary>
        public static PyDict CurrentLocals()
        {
            Frame f = s_current;
            if (f == null)
            {
                return null;
            }
            if (f.Locals != null)
            {
                return f.Locals;
            }
            PyDict d = new PyDict();
            CodeObject code = f.Code;
            for (int k = 0; k < code.NFast; k++)
            {
                string name = code.FastNames[k];
                object v = f.Refs[f.Base + k];
                if (v != null && name[0] != '.')
                {
                    d.SetStr(name, Box(v, f.Bits[f.Base + k]));
                }
            }
            if (f.Cells != null)
            {
                for (int k = 0; k < code.NCells; k++)
                {
                    if (f.Cells[k].Value != null)
                    {
                        d.SetStr(code.CellNames[k], f.Cells[k].Value);
                    }
                }
            }
            return d;
        }
    }
}
