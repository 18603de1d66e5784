using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Runtime
{
    /// <summary>
    /// The runtime side of code compiled ahead of time (CompiledCode, tools/Freeze): entering a compiled body from the
    /// loop or from native code, and the operations a compiled body calls for everything it does not do inline. Each
    /// does what the loop's instruction does, on values passed as (object, long) pairs as a VM stack slot holds them
    /// (Unboxed.Int / Unboxed.Float with the value in the long). Calls take their callee and arguments from the
    /// compiled frame's value stack window in R/I, where the loop would have them.
    /// </summary>
    public static partial class Vm
    {
        /// <summary>Runs the compiled body of nf, a frame entered by a call (linked to its caller, s_depth counted,
        /// s_top past its window). On return the frame is exited and s_top, s_current restored; the result is in
        /// the caller's slot fslot (R and I) and also returned. An exception leaves with nf's traceback entry added and
        /// nf exited, as Unwind does for an interpreted frame without a handler.</summary>
        private static object RunCompiled(Frame caller, Frame nf, int fslot)
        {
            long n;
            object rv = RunCompiledBody(nf, out n);
            if (nf.Constructing != null)
            {
                if (rv != PyNone.None)
                {
                    // The interpreter raises at the return instruction, with the frame still live.
                    PyBaseException e = Err.Type("__init__() should return None, not '" + Ops.TypeName(Box(rv, n)) + "'").Value;
                    FailCompiled(nf, e);
                }
                rv = nf.Constructing;
                nf.Constructing = null;
            }
            int top = nf.SavedTop;
            ExitFrame(nf, nf.Base + nf.Code.NFast);
            s_top = top;
            s_current = caller;
            caller.Bits[fslot] = n;
            return rv;
        }

        /// <summary>The body itself, with the exception protocol: whatever leaves it becomes a Python exception that
        /// carries this frame's line, after the frame is exited (a board reset passes through).</summary>
        private static object RunCompiledBody(Frame nf, out long n)
        {
            s_current = nf;
            nf.Pc = 0;
            System.Exception fault;
            CompiledCode cc = (CompiledCode)nf.Code.Compiled;
            try
            {
                // A body with a direct entry: the arguments from R/I straight to it (its Run would read them and
                // call it, one nanoCLR call more).
                int a = cc.Arity;
                if (a < 0)
                {
                    return cc.Run(nf, out n);
                }
                if (a == 0)
                {
                    return cc.Run0(nf, out n);
                }
                object[] R = nf.Refs;
                long[] I = nf.Bits;
                int b = nf.Base;
                if (a == 1)
                {
                    return cc.Run1(nf, R[b], I[b], out n);
                }
                if (a == 2)
                {
                    return cc.Run2(nf, R[b], I[b], R[b + 1], I[b + 1], out n);
                }
                return cc.Run3(nf, R[b], I[b], R[b + 1], I[b + 1], R[b + 2], I[b + 2], out n);
            }
            catch (System.Exception e)
            {
                fault = e;
            }
            // Raised again only after the catch: a throw inside it would keep every deeper frame's stack alive (a
            // deep recursion's RecursionError overflowed the host stack).
            n = 0;
            FailCompiledBody(nf, fault);
            return null;
        }

        /// <summary>What left a compiled body, as a Python exception with nf's traceback entry, nf exited (always
        /// throws; a board reset passes through).</summary>
        private static void FailCompiledBody(Frame nf, System.Exception e)
        {
            PyException pe = e as PyException;
            PyBaseException raised;
            if (pe != null)
            {
                raised = pe.Value;
            }
            else
            {
                if (e is MicroPy.Hal.BoardResetException)
                {
                    DropFrames(s_current, nf);
                    throw e;
                }
                raised = HostException(e);
            }
            // Frames that direct calls (CCallD) entered below this one are still current: each gets its traceback
            // entry and is exited, innermost first; every other nested call has exited its frames.
            for (Frame x = s_current; x != null && x != nf && x.Sp == Frame.DirectSp; x = x.Back)
            {
                LeaveFailed(x, raised, false);
            }
            s_current = nf;
            FailCompiled(nf, raised);
        }

        private static void FailCompiled(Frame nf, PyBaseException e)
        {
            Frame back = nf.Back;
            LeaveFailed(nf, e, nf.RetSlot >= 0);
            s_current = back;
            throw new PyException(e);
        }

        /// <summary>Exception e leaves compiled frame nf: its traceback entry and context, the frame exited (and s_top
        /// restored when the loop's call protocol entered it: Vm.CallFunction's own restores it itself).</summary>
        private static void LeaveFailed(Frame nf, PyBaseException e, bool entered)
        {
            if (nf.Id == 0)
            {
                nf.Id = ++s_frameIds;
            }
            e.AddTracebackFrame(nf.Code.Filename, nf.Code.LineOf(nf.Pc), nf.Code.Name, nf.Id);
            if (nf.Handled != null && nf.Handled != e && e.Context == null && !e.SuppressContext)
            {
                e.Context = nf.Handled;
            }
            int top = nf.SavedTop;
            ExitFrame(nf, nf.Base + nf.Code.NFast);
            if (entered)
            {
                s_top = top;
            }
        }

        /// <summary>Vm.CallFunction's run of a bound frame whose code has a compiled body (native code calling Python).</summary>
        private static object RunCompiledEntry(Frame f)
        {
            f.RetSlot = -1;
            long n;
            object rv = RunCompiledBody(f, out n);
            ExitFrame(f, f.Base + f.Code.NFast);
            return Box(rv, n);
        }

        /// <summary>
        /// next() of a generator whose code has a compiled body (not running, not finished; nest 1 from native code,
        /// which counts as a re-entry; at the depth limit the general resume runs and raises), resumed by frame back
        /// (compiled for loops call it directly): the yielded value unboxed (n its bits), or null when the body
        /// returned (or a StopIteration escaped it, as PyGenerator.Next ends the iteration), g then finished with its
        /// ReturnValue. The body keeps its resume point in f.Pc (the instruction after the yield, as the loop leaves
        /// it) and sets f.Pc to -1 when it returns; an exception leaving it gets the frame's traceback entry and
        /// finishes g, as Unwind does for an interpreted generator frame without a handler.
        /// </summary>
        public static object NextCompiled(PyGenerator g, Frame back, int nest, out long n)
        {
            if (s_depth >= MaxDepth)
            {
                n = 0;
                return g.Next();
            }
            Frame f = g.Frame;
            if (nest != 0)
            {
                s_nesting++;
            }
            g.Started = true;
            g.Running = true;
            f.Back = back;
            s_depth++;
            s_current = f;
            PyBaseException raised = null;
            System.Exception host = null;
            try
            {
                object v = g.Body.Run(f, out n);
                s_depth--;
                if (nest != 0)
                {
                    s_nesting--;
                }
                s_current = back;
                g.Running = false;
                if (f.Pc < 0)
                {
                    g.Finish(Box(v, n));
                    return null;
                }
                return v;
            }
            catch (PyException e)
            {
                raised = e.Value;
            }
            catch (System.Exception e)
            {
                host = e;
            }
            n = 0;
            if (nest != 0)
            {
                s_nesting--;
            }
            g.Running = false;
            if (host != null)
            {
                if (host is MicroPy.Hal.BoardResetException)
                {
                    DropFrames(s_current, f);
                    throw host;
                }
                raised = HostException(host);
            }
            GenRaised(f, raised);
            s_current = back;
            g.Finish(null);
            if (raised.IsInstance(PyExc.StopIteration))
            {
                g.ReturnValue = raised.Args.Length > 0 ? raised.Args[0] : PyNone.None;
                return null;
            }
            throw new PyException(raised);
        }

        /// <summary>ResumeGenerator for a generator whose code has a compiled body (counted and linked by it): runs
        /// the body to its next yield (f.Yielded set) or its end, or raises exc at the suspension point (a compiled
        /// generator has no handler blocks, so it leaves the frame at once). The value is boxed unless the frame
        /// takes it raw (RawYield, YieldedBits).</summary>
        private static object ResumeCompiledGenerator(Frame f, object send, PyBaseException exc)
        {
            if (exc != null)
            {
                GenRaised(f, exc);
                throw new PyException(exc);
            }
            if (send != null && f.Sp >= 0)
            {
                // A yield whose value the body uses left its stack slot in f.Sp (holding None for next()).
                f.Refs[f.Sp] = send;
            }
            s_current = f;
            PyBaseException raised = null;
            System.Exception host = null;
            long n = 0;
            object v = null;
            try
            {
                v = ((CompiledCode)f.Code.Compiled).Run(f, out n);
            }
            catch (PyException e)
            {
                raised = e.Value;
            }
            catch (System.Exception e)
            {
                host = e;
            }
            if (host != null)
            {
                if (host is MicroPy.Hal.BoardResetException)
                {
                    DropFrames(s_current, f);
                    throw host;
                }
                raised = HostException(host);
            }
            if (raised != null)
            {
                GenRaised(f, raised);
                throw new PyException(raised);
            }
            s_depth--;
            if (f.Pc >= 0)
            {
                f.Yielded = true;
                if (f.RawYield)
                {
                    YieldedBits = n;
                    return v;
                }
            }
            return Box(v, n);
        }

        /// <summary>An exception leaves compiled generator frame f: its traceback entry (at f.Pc) and context, the
        /// frame uncounted (as ExitFrame does for a generator frame).</summary>
        private static void GenRaised(Frame f, PyBaseException e)
        {
            if (f.Id == 0)
            {
                f.Id = ++s_frameIds;
            }
            e.AddTracebackFrame(f.Code.Filename, f.Code.LineOf(f.Pc), f.Code.Name, f.Id);
            if (f.Handled != null && f.Handled != e && e.Context == null && !e.SuppressContext)
            {
                e.Context = f.Handled;
            }
            s_depth--;
        }

        // ---- operations for compiled bodies ----

        public static PyException CFreeVar(Frame f, int cell)
        {
            return FreeVarError(f, cell);
        }

        public static PyException CUnbound(Frame f, int slot)
        {
            return Err.UnboundLocal(f.Code.FastNames[slot]);
        }

        /// <summary>A backward jump: pending Ctrl-C and scheduled callbacks, as the loop checks at its back edges.</summary>
        public static void CService(Frame f)
        {
            if (Scheduler.Pending != 0 || Interrupted)
            {
                Service();
                s_current = f;
            }
        }

        public static object CBox(object o, long n)
        {
            return Box(o, n);
        }

        /// <summary>BINARY_OP / INPLACE_OP off the compiled body's inline int path.</summary>
        public static object CBinary(int bop, bool inplace, object ra, long ia, object rb, long ib, out long n)
        {
            long x;
            long y;
            PyInt pi;
            n = 0;
            bool ints = true;
            if (ra == Unboxed.Int)
            {
                x = ia;
            }
            else if (ra != Unboxed.Float && (pi = ra as PyInt) != null)
            {
                x = pi.Value;
            }
            else
            {
                x = 0;
                ints = false;
            }
            if (rb == Unboxed.Int)
            {
                y = ib;
            }
            else if (rb != Unboxed.Float && (pi = rb as PyInt) != null)
            {
                y = pi.Value;
            }
            else
            {
                y = 0;
                ints = false;
            }
            if (ints && IntBinary(bop, x, y, out n))
            {
                return Unboxed.Int;
            }
            double fx;
            double fy;
            if (FloatOperands(ra, ia, rb, ib, out fx, out fy))
            {
                double fz;
                bool done = true;
                switch (bop)
                {
                    case PyOp.Add:
                        fz = fx + fy;
                        break;
                    case PyOp.Sub:
                        fz = fx - fy;
                        break;
                    case PyOp.Mul:
                        fz = fx * fy;
                        break;
                    case PyOp.TrueDiv:
                        // Tested first: nanoCLR throws for a double divided by zero (CLR_RT_HeapBlock::NumericDiv).
                        done = fy != 0;
                        fz = done ? fx / fy : 0;
                        break;
                    default:
                        fz = 0;
                        done = false;
                        break;
                }
                if (done)
                {
                    n = System.BitConverter.DoubleToInt64Bits(fz);
                    return Unboxed.Float;
                }
            }
            else if (bop == PyOp.TrueDiv && ra == Unboxed.Int && rb == Unboxed.Int && ib != 0 && ia < ExactDoubleInt
                && ia > -ExactDoubleInt && ib < ExactDoubleInt && ib > -ExactDoubleInt)
            {
                n = System.BitConverter.DoubleToInt64Bits((double)ia / ib);
                return Unboxed.Float;
            }
            object a = Box(ra, ia);
            object b = Box(rb, ib);
            string sa = a as string;
            if (sa != null && (bop == PyOp.Mod || bop == PyOp.Add) && !(b is PyInstance))
            {
                if (bop == PyOp.Mod)
                {
                    return Ops.PercentFormat(sa, b);
                }
                string sb = b as string;
                return sb != null ? PyStr.Concat(sa, sb) : PyStr.BinaryOp(bop, sa, b);
            }
            return inplace ? Ops.InplaceOp(bop, a, b) : Ops.BinaryOp(bop, a, b);
        }

        /// <summary>The loop's small-int arithmetic: false when the result needs the generic path.</summary>
        private static bool IntBinary(int bop, long x, long y, out long z)
        {
            switch (bop)
            {
                case PyOp.Add:
                    z = x + y;
                    return ((x ^ z) & (y ^ z)) >= 0;
                case PyOp.Sub:
                    z = x - y;
                    return ((x ^ y) & (x ^ z)) >= 0;
                case PyOp.Mul:
                    z = 0;
                    if (x > int.MaxValue || x < int.MinValue || y > int.MaxValue || y < int.MinValue)
                    {
                        return false;
                    }
                    z = x * y;
                    return true;
                case PyOp.FloorDiv:
                    z = 0;
                    if (y == 0 || (y == -1 && x == long.MinValue))
                    {
                        return false;
                    }
                    z = x / y;
                    if ((x % y != 0) && ((x ^ y) < 0))
                    {
                        z--;
                    }
                    return true;
                case PyOp.Mod:
                    z = 0;
                    if (y == 0)
                    {
                        return false;
                    }
                    if (y == -1)
                    {
                        return true;
                    }
                    z = x % y;
                    if (z != 0 && ((z ^ y) < 0))
                    {
                        z += y;
                    }
                    return true;
                case PyOp.And:
                    z = x & y;
                    return true;
                case PyOp.Or:
                    z = x | y;
                    return true;
                case PyOp.Xor:
                    z = x ^ y;
                    return true;
                case PyOp.LShift:
                    z = 0;
                    if (y < 0 || y > 62)
                    {
                        return false;
                    }
                    z = x << (int)y;
                    return (z >> (int)y) == x;
                case PyOp.RShift:
                    z = 0;
                    if (y < 0)
                    {
                        return false;
                    }
                    z = y > 63 ? (x < 0 ? -1 : 0) : x >> (int)y;
                    return true;
            }
            z = 0;
            return false;
        }

        /// <summary>COMPARE_OP's value (True/False or what a rich comparison returned).</summary>
        public static object CCompare(int cop, object ra, long ia, object rb, long ib)
        {
            int t = CompareFast(cop, ra, ia, rb, ib);
            if (t >= 0)
            {
                return t != 0 ? PyBool.True : PyBool.False;
            }
            return Ops.Compare(cop, Box(ra, ia), Box(rb, ib));
        }

        /// <summary>COMPARE_OP followed by a conditional jump: the truth of the comparison.</summary>
        public static bool CCompareTrue(int cop, object ra, long ia, object rb, long ib)
        {
            int t = CompareFast(cop, ra, ia, rb, ib);
            if (t >= 0)
            {
                return t != 0;
            }
            object r = Ops.Compare(cop, Box(ra, ia), Box(rb, ib));
            if (r == PyBool.True)
            {
                return true;
            }
            if (r == PyBool.False)
            {
                return false;
            }
            return Ops.IsTrue(r);
        }

        /// <summary>The loop's inline comparisons: 1 true, 0 false, -1 for the generic path.</summary>
        private static int CompareFast(int cop, object ra, long ia, object rb, long ib)
        {
            if (cop <= PyOp.Ge)
            {
                PyInt pi;
                long x;
                long y;
                bool ints = true;
                if (ra == Unboxed.Int)
                {
                    x = ia;
                }
                else if ((pi = ra as PyInt) != null)
                {
                    x = pi.Value;
                }
                else
                {
                    x = 0;
                    ints = false;
                }
                if (rb == Unboxed.Int)
                {
                    y = ib;
                }
                else if ((pi = rb as PyInt) != null)
                {
                    y = pi.Value;
                }
                else
                {
                    y = 0;
                    ints = false;
                }
                if (ints)
                {
                    return IntCompare(cop, x, y) ? 1 : 0;
                }
                double fx;
                double fy;
                if (FloatOperands(ra, ia, rb, ib, out fx, out fy))
                {
                    return FloatCompare(cop, fx, fy) ? 1 : 0;
                }
            }
            if ((cop == PyOp.Is || cop == PyOp.IsNot) && ra == Unboxed.Float && rb == Unboxed.Float)
            {
                return (ia == ib) == (cop == PyOp.Is) ? 1 : 0;
            }
            return -1;
        }

        /// <summary>The truth of a value (conditional jumps).</summary>
        public static bool CTruth(object o, long n)
        {
            if (o == PyBool.True)
            {
                return true;
            }
            if (o == PyBool.False || o == PyNone.None)
            {
                return false;
            }
            if (o == Unboxed.Int)
            {
                return n != 0;
            }
            return Ops.IsTrue(Box(o, n));
        }

        public static object CUnary(int uop, object ra, long ia, out long n)
        {
            n = ia;
            if (ra == Unboxed.Int)
            {
                if (uop == PyOp.Neg && ia != long.MinValue)
                {
                    n = -ia;
                    return ra;
                }
                if (uop == PyOp.Pos)
                {
                    return ra;
                }
                if (uop == PyOp.Invert)
                {
                    n = ~ia;
                    return ra;
                }
            }
            else if (ra == Unboxed.Float)
            {
                if (uop == PyOp.Neg)
                {
                    n = System.BitConverter.DoubleToInt64Bits(-System.BitConverter.Int64BitsToDouble(ia));
                    return ra;
                }
                if (uop == PyOp.Pos)
                {
                    return ra;
                }
            }
            return Ops.UnaryOp(uop, Box(ra, ia));
        }

        /// <summary>LOAD_GLOBAL through the code object's cache, as the loop does.</summary>
        public static object CLoadGlobal(Frame f, int arg, int pc, out long n)
        {
            n = 0;
            GlobalCache gc0 = f.Code.GCache;
            PyDict g0 = f.Globals;
            int e0;
            if (gc0 != null && gc0.Dict[arg] == g0 && gc0.Ver[arg] == g0.Version)
            {
                if ((e0 = gc0.Entry[arg]) >= 0)
                {
                    object v = g0.RawValueAt(e0);
                    if (v == Unboxed.Int || v == Unboxed.Float)
                    {
                        n = g0.BitsAt(e0);
                    }
                    return v;
                }
                PyDict bd0 = gc0.BDict[arg];
                if (bd0.Version == gc0.BVer[arg])
                {
                    return bd0.ValueAt(gc0.BEntry[arg]);
                }
            }
            f.Pc = pc;
            return LoadGlobalCached(f, arg);
        }

        /// <summary>LOAD_ATTR: the cached instance-dict entry, the cache's slow path, else the generic lookup.</summary>
        public static object CLoadAttr(Frame f, int arg, int pc, object o, long on, out long n)
        {
            n = 0;
            f.Pc = pc;
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                object[] refs0 = f.ARefs;
                PyDict d0 = inst.Dict;
                if (refs0 != null && d0 != null)
                {
                    int k0 = arg * AttrCache.IntStride;
                    int[] ints0 = f.AInts;
                    if (refs0[arg * AttrCache.RefStride] == inst.Class && ints0[k0] == PyDict.ClassEpoch
                        && (ints0[k0 + AttrCache.IntKind] & AttrCache.KindMask) != AttrCache.Property)
                    {
                        object own = d0.RawValueIfKeyAt(ints0[k0 + AttrCache.IntEntry], f.Names[arg]);
                        if (own != null)
                        {
                            if (own == Unboxed.Int || own == Unboxed.Float)
                            {
                                n = d0.BitsAt(ints0[k0 + AttrCache.IntEntry]);
                            }
                            return own;
                        }
                    }
                }
                object v = InstanceAttrValue(AttrCacheOf(f), inst, arg, f.Names[arg]);
                if (v != null)
                {
                    return v;
                }
            }
            else
            {
                o = Box(o, on);
            }
            return Ops.GetAttr(o, f.Names[arg]);
        }

        /// <summary>STORE_ATTR: obj.name = value.</summary>
        public static void CStoreAttr(Frame f, int arg, int pc, object o, long on, object v, long vn)
        {
            f.Pc = pc;
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                object[] refs0 = f.ARefs;
                PyDict d0 = inst.Dict;
                if (refs0 != null && d0 != null)
                {
                    int k0 = arg * AttrCache.IntStride;
                    int[] ints0 = f.AInts;
                    if (refs0[arg * AttrCache.RefStride] == inst.Class && ints0[k0] == PyDict.ClassEpoch
                        && (ints0[k0 + AttrCache.IntKind] & AttrCache.PlainStore) != 0
                        && d0.SetRawIfKeyAt(ints0[k0 + AttrCache.IntEntry], f.Names[arg], v, vn))
                    {
                        return;
                    }
                }
            }
            v = Box(v, vn);
            if (inst == null || !StoreInstanceAttr(AttrCacheOf(f), inst, arg, f.Names[arg], v))
            {
                Ops.SetAttr(Box(o, on), f.Names[arg], v);
            }
        }

        /// <summary>LOAD_METHOD: the callable, and self (or null) in self.</summary>
        public static object CLoadMethod(Frame f, int arg, int pc, object o, long on, out object self)
        {
            PyInstance inst0 = o as PyInstance;
            if (inst0 == null)
            {
                return CLoadMethodOther(f, arg, pc, o, on, out self);
            }
            object[] refs0 = f.ARefs;
            if (refs0 != null)
            {
                int k0 = arg * AttrCache.IntStride;
                int r0 = arg * AttrCache.RefStride;
                int[] ints0 = f.AInts;
                PyDict d0 = inst0.Dict;
                if (refs0[r0] == inst0.Class && ints0[k0] == PyDict.ClassEpoch
                    && (ints0[k0 + AttrCache.IntKind] & AttrCache.KindMask) == AttrCache.Method
                    && (d0 == null || (d0.KeyBloom & ints0[k0 + AttrCache.IntBloom]) == 0
                        || (refs0[r0 + AttrCache.RefLacking] == d0 && ints0[k0 + AttrCache.IntLackVersion] == d0.Version)))
                {
                    self = o;
                    return refs0[r0 + AttrCache.RefAttr];
                }
            }
            return LoadMethodAt(f, arg, pc, o, on, out self);
        }

        /// <summary>CLoadMethod of an object that is not a PyInstance (the generated code has tested that).</summary>
        public static object CLoadMethodOther(Frame f, int arg, int pc, object o, long on, out object self)
        {
            object[] refs0 = f.ARefs;
            object hk = o is PyList ? s_listKey : o is PyDict ? s_dictKey : o is string ? s_strKey : null;
            if (refs0 != null && hk != null)
            {
                int r0 = arg * AttrCache.RefStride;
                if (refs0[r0 + AttrCache.RefLacking] == hk && f.AInts[arg * AttrCache.IntStride] == PyDict.ClassEpoch)
                {
                    self = o;
                    return refs0[r0 + AttrCache.RefAttr];
                }
            }
            return LoadMethodAt(f, arg, pc, o, on, out self);
        }

        private static object LoadMethodAt(Frame f, int arg, int pc, object o, long on, out object self)
        {
            f.Pc = pc;
            object[] pair = s_methodPair;
            LoadMethodSlow(f, Box(o, on), arg, pair, 1);
            self = pair[1];
            object m = pair[0];
            pair[0] = null;
            pair[1] = null;
            return m;
        }

        private static readonly object[] s_methodPair = new object[2];

        /// <summary>BINARY_SUBSCR: a[b].</summary>
        public static object CSubscr(object ra, long ia, object rb, long ib, out long n)
        {
            n = 0;
            if (rb == Unboxed.Int)
            {
                long idx = ib;
                object[] items = null;
                int count = 0;
                PyList sl = ra as PyList;
                if (sl != null)
                {
                    items = sl.Items;
                    count = sl.Count;
                }
                else
                {
                    PyTuple st = ra as PyTuple;
                    if (st != null)
                    {
                        items = st.Items;
                        count = items.Length;
                    }
                }
                if (items != null)
                {
                    if (idx < 0)
                    {
                        idx += count;
                    }
                    if (idx >= 0 && idx < count)
                    {
                        return items[(int)idx];
                    }
                }
            }
            object o = Box(ra, ia);
            object key = Box(rb, ib);
            PyDict sd = o as PyDict;
            if (sd != null)
            {
                int e = sd.EntryOf(key);
                if (e >= 0)
                {
                    object rv = sd.RawValueAt(e);
                    if (rv == Unboxed.Int || rv == Unboxed.Float)
                    {
                        n = sd.BitsAt(e);
                    }
                    return rv;
                }
            }
            return Ops.GetItem(o, key);
        }

        /// <summary>STORE_SUBSCR: a[b] = v.</summary>
        public static void CStoreSubscr(object ra, long ia, object rb, long ib, object v, long vn)
        {
            if (rb == Unboxed.Int)
            {
                PyList sl = ra as PyList;
                if (sl != null)
                {
                    long idx = ib;
                    if (idx < 0)
                    {
                        idx += sl.Count;
                    }
                    if (idx >= 0 && idx < sl.Count)
                    {
                        sl.Items[(int)idx] = Box(v, vn);
                        return;
                    }
                }
            }
            if (v == s_sliceTempOut)
            {
                // A lent slice (see FusedSlice) that a store other than a list's slice assignment may keep: never
                // lent again.
                s_sliceTempOut = null;
            }
            object o = Box(ra, ia);
            object key = Box(rb, ib);
            PyDict sd = o as PyDict;
            if (sd != null)
            {
                sd.SetRaw(key, v, vn);
            }
            else
            {
                Ops.SetItem(o, key, Box(v, vn));
            }
        }

        /// <summary>GET_ITER before FOR_ITER: a list, tuple or loop-safe range stays itself with its position (or
        /// next value) in n; anything else becomes its iterator.</summary>
        public static object CGetIter(object ra, long ia, out long n)
        {
            n = 0;
            object o = Box(ra, ia);
            if (o is PyGenerator)
            {
                return o;
            }
            if (o is PyList || o is PyTuple)
            {
                return o;
            }
            PyRange rg = o as PyRange;
            if (rg != null && rg.LoopSafe)
            {
                n = rg.Start;
                return o;
            }
            return Ops.GetIter(o);
        }

        /// <summary>BUILD_SLICE before BINARY_SUBSCR / STORE_SUBSCR, its operands spilled below sp: the loop's fused
        /// list slicing; the new stack top, or -1 when it does not apply (then BUILD_SLICE runs as such). Code frozen
        /// now calls CListSlice on its operands instead; this stays for images frozen before.</summary>
        public static int CFusedSlice(Frame f, int arg, int sp, int next)
        {
            int top = FusedSlice(f, arg, sp, (byte)next);
            s_current = f;
            return top;
        }

        /// <summary>GET_ITER not followed by FOR_ITER: a generator stays itself.</summary>
        public static object CGetIterPlain(object ra, long ia)
        {
            object o = Box(ra, ia);
            return o is PyGenerator ? o : Ops.GetIter(o);
        }

        /// <summary>FOR_ITER off the inline range path (never a PyRange): the next item (n its bits) and the
        /// advanced position in pos, or null at the end. A generator first: each other kind pays one failed type
        /// test for it, as it paid one for the range the generated code tests first.</summary>
        public static object CForNext(object it, ref long pos, out long n)
        {
            n = 0;
            PyGenerator g = it as PyGenerator;
            if (g != null)
            {
                if (g.Body != null && !g.Running && !g.Finished && s_depth < MaxDepth)
                {
                    return NextCompiled(g, s_current, 0, out n);
                }
                return g.Next();
            }
            PyList lst = it as PyList;
            if (lst != null)
            {
                long idx = pos;
                if (idx >= lst.Count)
                {
                    return null;
                }
                pos = idx + 1;
                return lst.Items[(int)idx];
            }
            PyTuple tup = it as PyTuple;
            if (tup != null)
            {
                long idx = pos;
                if (idx >= tup.Items.Length)
                {
                    return null;
                }
                pos = idx + 1;
                return tup.Items[(int)idx];
            }
            PyRangeIterator ri = it as PyRangeIterator;
            if (ri != null)
            {
                long cur = ri.Current;
                if (ri.Step > 0 ? cur < ri.Stop : cur > ri.Stop)
                {
                    ri.Current = cur + ri.Step;
                    n = cur;
                    return Unboxed.Int;
                }
                return null;
            }
            return ((PyObject)it).Next();
        }

        /// <summary>BUILD_TUPLE / BUILD_LIST of count values spilled to R/I from slot.</summary>
        public static object CBuild(Frame f, int slot, int count, bool list)
        {
            object[] r = f.Refs;
            long[] i = f.Bits;
            if (list)
            {
                PyList l = new PyList(count < 4 ? 4 : count);
                for (int k = 0; k < count; k++)
                {
                    l.Append(Box(r[slot + k], i[slot + k]));
                }
                return l;
            }
            if (count == 0)
            {
                return PyTuple.Empty;
            }
            object[] t = new object[count];
            for (int k = 0; k < count; k++)
            {
                t[k] = Box(r[slot + k], i[slot + k]);
            }
            return new PyTuple(t);
        }

        /// <summary>UNPACK_SEQUENCE: the count items of seq, the last first (as the loop pushes them).</summary>
        public static object[] CUnpack(object ra, long ia, int count)
        {
            object seq = Box(ra, ia);
            PyTuple tup = seq as PyTuple;
            object[] items;
            int have;
            if (tup != null)
            {
                items = tup.Items;
                have = items.Length;
            }
            else
            {
                PyList lst = seq as PyList;
                if (lst != null)
                {
                    items = lst.Items;
                    have = lst.Count;
                }
                else
                {
                    items = UnpackIterable(seq, count);
                    have = items.Length;
                }
            }
            if (have != count)
            {
                throw have > count
                    ? Err.Value("too many values to unpack (expected " + Ops.IntToString(count) + ")")
                    : Err.Value("not enough values to unpack (expected " + Ops.IntToString(count) + ", got " + Ops.IntToString(have) + ")");
            }
            object[] res = new object[count];
            for (int k = 0; k < count; k++)
            {
                res[k] = items[count - 1 - k];
            }
            return res;
        }

        public static void CListAppend(object l, object v, long vn)
        {
            ((PyList)l).Append(Box(v, vn));
        }

        /// <summary>STORE_GLOBAL (an int or float stays unboxed at the entry the cache remembers).</summary>
        public static void CStoreGlobal(Frame f, int arg, int pc, object v, long vn)
        {
            f.Pc = pc;
            GlobalCache gc0 = f.Code.GCache;
            PyDict g0 = f.Globals;
            int e0;
            if (gc0 == null || gc0.Dict[arg] != g0 || gc0.Ver[arg] != g0.Version || (e0 = gc0.Entry[arg]) < 0
                || !g0.SetRawIfKeyAt(e0, f.Names[arg], v, vn))
            {
                g0.SetStr(f.Names[arg], Box(v, vn));
            }
        }

        /// <summary>IncFast on anything but an unboxed int or float (or its overflow): the operator as written,
        /// or the unbound-local error.</summary>
        public static object CIncSlow(Frame f, int slot, int arg, object v, long vn, out long n)
        {
            n = 0;
            if (v == null)
            {
                throw Err.UnboundLocal(f.Code.FastNames[slot]);
            }
            return Ops.InplaceOp((arg & 0x8000) != 0 ? PyOp.Sub : PyOp.Add, Box(v, vn), PyInt.Create((arg << 17) >> 25));
        }

        /// <summary>RAISE_VARARGS with its operands spilled below sp: the exception to throw.</summary>
        public static PyException CRaise(Frame f, int n, int sp)
        {
            return RaiseFrom(f, n, f.Refs, f.Bits, sp);
        }

        /// <summary>A rare instruction through the loop's RareOp, on the stack spilled below sp (pc: the next
        /// instruction, as the loop passes it).</summary>
        public static void CRare(Frame f, int op, int arg, int sp, int pc)
        {
            f.Sp = sp;
            RareOp(f, (byte)op, arg, sp, pc);
            s_current = f;
        }

        /// <summary>l.pop() / l.pop(i) from a compiled body on a list (the translator's deferred method slot): the
        /// item; anything off the plain path (an empty list, a bad index, a non-int) through the list's own pop.</summary>
        public static object CListPop(object l, int argc, object a, long an)
        {
            PyList pl = (PyList)l;
            int count = pl.Count;
            if (count != 0 && (argc == 0 || a == Unboxed.Int))
            {
                long idx = argc == 0 ? count - 1 : an;
                if (idx < 0)
                {
                    idx += count;
                }
                if (idx >= 0 && idx < count)
                {
                    object v = pl.Items[(int)idx];
                    pl.RemoveAt((int)idx);
                    return v;
                }
            }
            return argc == 0 ? Ops.CallMethod0(pl, "pop") : Ops.CallMethod1(pl, "pop", Box(a, an));
        }

        /// <summary>The builtin range type, and the range object a compiled for loop over range(a[, b]) with int bounds
        /// shows its own FOR_ITER instead of a range (its bounds live in the loop's locals; it is never read or
        /// changed). Set with the value stack.</summary>
        public static PyType RangeType;
        public static PyRange InlineRange;

        /// <summary>pre + the decimal text of v + post: 'k%d' % i (also %i, %s) from a compiled body, in one call.</summary>
        public static string CFormatInt(string pre, long v, string post)
        {
            char[] buf = new char[20];
            int pos = 20;
            if (v >= 0 && v <= int.MaxValue)
            {
                int iv = (int)v;
                do
                {
                    buf[--pos] = (char)('0' + iv % 10);
                    iv /= 10;
                }
                while (iv != 0);
                return string.Concat(pre, new string(buf, pos, 20 - pos), post);
            }
            return string.Concat(pre, Ops.LongToString(v), post);
        }

        /// <summary>pre + s + post: '<%s>' % s from a compiled body (a long result is asked of the heap first, as
        /// PyStr.Concat does).</summary>
        public static string CFormatStr(string pre, string s, string post)
        {
            long total = (long)pre.Length + s.Length + post.Length;
            if (total >= 2048)
            {
                Err.Reserve(total, 2);
            }
            return string.Concat(pre, s, post);
        }

        /// <summary>d.get(k) / d.get(k, v) from a compiled body on a dict (the translator's deferred method slot).</summary>
        public static object CDictGet(object d, int argc, object k, long kn, object v, long vn, out long n)
        {
            PyDict pd = (PyDict)d;
            int e = pd.EntryOf(Box(k, kn));
            if (e >= 0)
            {
                object r = pd.RawValueAt(e);
                n = r == Unboxed.Int || r == Unboxed.Float ? pd.BitsAt(e) : 0;
                return r;
            }
            if (argc == 2)
            {
                n = vn;
                return v;
            }
            n = 0;
            return PyNone.None;
        }

        /// <summary>CCall flags: CALL_METHOD's stack layout; the call is a for loop's header (range() may hand out
        /// the VM's pooled counter, which the body gives back with CReleaseRange when the loop ends).</summary>
        public const int CallMethodFlag = 1;
        public const int CallLoopRangeFlag = 2;

        public static void CReleaseRange(PyRange rg)
        {
            ReleaseRange(rg);
        }

        /// <summary>
        /// CALL_FUNCTION / CALL_METHOD with positional arguments only (as CCall with kwc 0). A compiled Python function
        /// that takes exactly these arguments runs from here with its frame entered and exited inline (the frame
        /// protocol of EnterSimple, RunCompiled and ExitFrame, without their nanoCLR calls); everything else goes to
        /// CCall. The generated code calls it only when the callee is a PyFunction (else CCall directly).
        /// </summary>
        public static object CCallPos(Frame f, int fslot, int argc, int flags, int pc, out long n)
        {
            object[] R = f.Refs;
            PyFunction pf = R[fslot] as PyFunction;
            int argStart = fslot + 1;
            int nargs = argc;
            if ((flags & CallMethodFlag) != 0)
            {
                if (R[argStart] != null)
                {
                    nargs++;
                }
                else
                {
                    argStart++;
                }
            }
            CodeObject code;
            if (pf == null || (code = pf.Code).Compiled == null || nargs != code.ArgCount || !code.Simple || code.IsGenerator
                || R != s_r || Scheduler.Pending != 0 || Interrupted)
            {
                return CCall(f, fslot, argc, 0, flags, pc, out n);
            }
            f.Pc = pc;
            int nfast = code.NFast;
            int extent = argStart + nfast + code.StackSize + 2;
            if (extent >= R.Length || s_depth >= MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            f.Sp = fslot + argc + ((flags & CallMethodFlag) != 0 ? 2 : 1);
            for (int k = argStart + nargs; k < argStart + nfast; k++)
            {
                R[k] = null;
            }
            Frame nf = f.Child;
            if (nf == null)
            {
                nf = new Frame();
                nf.IsChild = true;
                nf.Back = f;
                f.Child = nf;
            }
            if (nf.Code != code)
            {
                nf.TakeCode(code);
            }
            nf.Globals = pf.Globals;
            nf.Refs = R;
            nf.Bits = f.Bits;
            nf.Base = argStart;
            nf.Sp = argStart + nfast;
            nf.Pc = 0;
            nf.Func = pf;
            nf.Id = 0;
            if (code.NCells != 0)
            {
                // Only free variables (a nested function): the closure's cells as they are, as MakeCells gives them.
                PyCell[] closure = pf.Closure;
                nf.Cells = code.NOwnCells == 0 && closure != null && closure.Length == code.NCells ? closure : MakeCells(code, closure);
            }
            nf.RetSlot = fslot;
            int top = s_top;
            nf.SavedTop = top;
            if (extent > top)
            {
                s_top = extent;
            }
            s_depth++;
            s_current = nf;
            object rv;
            System.Exception fault = null;
            try
            {
                rv = ((CompiledCode)code.Compiled).Run(nf, out n);
            }
            catch (System.Exception e)
            {
                fault = e;
                rv = null;
                n = 0;
            }
            if (fault != null)
            {
                // After the catch, as RunCompiledBody.
                FailCompiledBody(nf, fault);
            }
            // ExitFrame's work for a frame without cells, blocks or handled exceptions: its window's objects go (the
            // markers stay; a compiled body keeps its ranges in C# locals, so no pooled range is left here).
            s_depth--;
            object uInt = Unboxed.Int;
            object uFloat = Unboxed.Float;
            int end = argStart + nfast + code.StackSize;
            if (end > R.Length)
            {
                end = R.Length;
            }
            for (int k = argStart; k < end; k++)
            {
                object o = R[k];
                if (o != null && o != uInt && o != uFloat)
                {
                    R[k] = null;
                }
            }
            if (code.NCells != 0)
            {
                nf.Cells = null;
            }
            s_top = top;
            s_current = f;
            f.Bits[fslot] = n;
            return rv;
        }

        /// <summary>The compiled body a function with this code and closure is entered by directly (PyFunction.Direct):
        /// a body with a RunArity entry for exactly the code's positional parameters, whose cells are the closure's
        /// as they are (MakeCells would hand them out unchanged); else null.</summary>
        internal static CompiledCode DirectBody(CodeObject code, PyCell[] closure)
        {
            CompiledCode cc = code.Compiled as CompiledCode;
            if (cc == null || cc.Arity != code.ArgCount || !code.Simple || code.IsGenerator || code.NOwnCells != 0
                || (closure == null ? code.NCells != 0 : closure.Length != code.NCells))
            {
                return null;
            }
            return cc;
        }

        /// <summary>
        /// A positional call of a Python function from a compiled body with up to 3 arguments passed as (x, y) pairs
        /// instead of spilled (a CALL_METHOD passes self as the first). A function with a direct body (PyFunction.Direct)
        /// that takes exactly argc arguments is entered on the caller's child frame, run by its RunArity entry and
        /// exited here; everything else is spilled to fslot as a CALL_FUNCTION and goes to CCall. No catch: an
        /// exception leaves the callee's frame entered (Frame.DirectSp) and current, and the catch of the nearest
        /// compiled entry below (FailCompiledBody) adds its traceback entry and exits it.
        /// </summary>
        public static object CCallD(Frame f, PyFunction pf, int fslot, int argc, int pc, object x0, long y0, object x1, long y1, object x2, long y2, out long n)
        {
            CompiledCode cc = pf.Direct;
            object[] R = f.Refs;
            if (cc == null || cc.Arity != argc || R != s_r || Scheduler.Pending != 0 || Interrupted)
            {
                R[fslot] = pf;
                if (argc > 0)
                {
                    R[fslot + 1] = x0;
                    f.Bits[fslot + 1] = y0;
                    if (argc > 1)
                    {
                        R[fslot + 2] = x1;
                        f.Bits[fslot + 2] = y1;
                        if (argc > 2)
                        {
                            R[fslot + 3] = x2;
                            f.Bits[fslot + 3] = y2;
                        }
                    }
                }
                return CCall(f, fslot, argc, 0, 0, pc, out n);
            }
            f.Pc = pc;
            int bas = fslot + 1;
            int stack = bas + cc.NFast;
            int extent = bas + cc.Window;
            if (extent >= R.Length || s_depth >= MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            Frame nf = f.Child;
            if (nf == null)
            {
                nf = new Frame();
                nf.IsChild = true;
                nf.Back = f;
                f.Child = nf;
            }
            if (nf.Func != pf)
            {
                // Whoever sets a frame's Func sets its Code and Globals from the same function.
                CodeObject code = pf.Code;
                if (nf.Code != code)
                {
                    nf.TakeCode(code);
                }
                nf.Globals = pf.Globals;
                nf.Func = pf;
            }
            if (nf.Refs != R)
            {
                nf.Refs = R;
                nf.Bits = f.Bits;
            }
            nf.Base = bas;
            nf.Sp = Frame.DirectSp;
            nf.Pc = 0;
            nf.Id = 0;
            nf.Cells = pf.Closure;
            // No RetSlot or SavedTop: an exception that leaves this frame leaves its caller too, and the compiled
            // entry that catches it restores s_top to its own.
            int top = s_top;
            if (extent > top)
            {
                s_top = extent;
            }
            s_depth++;
            s_current = nf;
            object rv;
            switch (argc)
            {
                case 0:
                    rv = cc.Run0(nf, out n);
                    break;
                case 1:
                    rv = cc.Run1(nf, x0, y0, out n);
                    break;
                case 2:
                    rv = cc.Run2(nf, x0, y0, x1, y1, out n);
                    break;
                default:
                    rv = cc.Run3(nf, x0, y0, x1, y1, x2, y2, out n);
                    break;
            }
            // ExitFrame's work: the arguments and locals never were in R, only what the body spilled is.
            s_depth--;
            int end = stack + cc.Spills;
            for (int k = stack; k < end; k++)
            {
                R[k] = null;
            }
            s_top = top;
            s_current = f;
            return rv;
        }

        /// <summary>
        /// CALL_FUNCTION / CALL_METHOD from a compiled body, with the callee and arguments spilled to the body's value
        /// stack window (fslot: the callee, or the method and its self slot), as the loop calls: a Python function
        /// in place on that window (its compiled body, or the loop for it), a class with a Python __init__, native
        /// functions and everything else through the generic call. The result: returned, with its bits in n.
        /// </summary>
        public static object CCall(Frame f, int fslot, int argc, int kwc, int flags, int pc, out long n)
        {
            bool method = (flags & CallMethodFlag) != 0;
            f.Pc = pc;
            object[] R = f.Refs;
            long[] I = f.Bits;
            int nargs0 = argc + 2 * kwc;
            int sp;
            int argStart;
            object func = R[fslot];
            n = 0;
            if (method)
            {
                sp = fslot + nargs0 + 2;
                if (R[fslot + 1] != null)
                {
                    argStart = fslot + 1;
                    argc++;
                }
                else
                {
                    argStart = fslot + 2;
                }
            }
            else
            {
                sp = fslot + nargs0 + 1;
                argStart = fslot + 1;
                PyBoundMethod bm = func as PyBoundMethod;
                if (bm != null && bm.Function is PyFunction)
                {
                    func = bm.Function;
                    R[fslot] = bm.Self;
                    argStart = fslot;
                    argc++;
                }
            }
            f.Sp = sp;
            PyFunction pf = func as PyFunction;
            PyNativeFunction fast = pf == null ? func as PyNativeFunction : null;
            if (fast != null && fast.Fast != 0 && kwc == 0)
            {
                // The loop's native fast paths (list.append, len(), list.pop, dict.get on their plain operands).
                object fr = null;
                if (fast.Fast == PyNativeFunction.FastListAppend)
                {
                    PyList l = R[argStart] as PyList;
                    if (l != null && argc == 2)
                    {
                        l.Append(Box(R[argStart + 1], I[argStart + 1]));
                        fr = PyNone.None;
                    }
                }
                else if (fast.Fast == PyNativeFunction.FastLen)
                {
                    if (argc == 1)
                    {
                        n = BuiltinsModule.LenOf(Box(R[argStart], I[argStart]));
                        fr = Unboxed.Int;
                    }
                }
                else if (fast.Fast == PyNativeFunction.FastListPop)
                {
                    fr = ListPopFast(R, I, argStart, argc);
                    if (fr == Unboxed.Int || fr == Unboxed.Float)
                    {
                        n = I[fslot];
                    }
                }
                else
                {
                    PyDict d = R[argStart] as PyDict;
                    if (d != null && (argc == 2 || argc == 3))
                    {
                        fr = CDictGet(d, argc - 1, R[argStart + 1], I[argStart + 1], argc == 3 ? R[argStart + 2] : null, argc == 3 ? I[argStart + 2] : 0, out n);
                    }
                }
                if (fr != null)
                {
                    return fr;
                }
            }
            if (Scheduler.Pending != 0 || Interrupted)
            {
                Service();
                s_current = f;
            }
            PyInstance constructing = null;
            if (pf == null && !(func is PyNativeFunction))
            {
                PyType ctype = func as PyType;
                PyFunction init = ctype != null ? PlainInit(ctype) : null;
                if (init != null && init.Code.Compiled != null)
                {
                    // Only a compiled __init__ runs in place here; an interpreted one goes the generic way, where
                    // the loop checks its return value.
                    constructing = new PyInstance(ctype);
                    argStart = argStart == fslot + 1 ? fslot : fslot + 1;
                    R[argStart] = constructing;
                    argc++;
                    pf = init;
                }
            }
            object res;
            if (pf != null && !pf.Code.IsGenerator)
            {
                CodeObject code = pf.Code;
                Frame nf;
                if (kwc == 0 && code.Simple && argc <= code.ArgCount && argc >= code.ArgCount - (pf.Defaults == null ? 0 : pf.Defaults.Length))
                {
                    nf = EnterSimple(f, pf, fslot, argStart, argc);
                }
                else
                {
                    nf = EnterBound(f, pf, fslot, argStart, argc, kwc, sp, constructing);
                }
                if (constructing != null)
                {
                    nf.Constructing = constructing;
                }
                if (code.Compiled != null)
                {
                    res = RunCompiled(f, nf, fslot);
                    n = I[fslot];
                    return res;
                }
                int top = nf.SavedTop;
                try
                {
                    res = Run(nf, null);
                }
                finally
                {
                    s_top = top;
                    s_current = f;
                }
                if (res == Unboxed.Int || res == Unboxed.Float)
                {
                    n = I[fslot];
                }
                return res;
            }
            if (func == PyRange.TypeObject && kwc == 0)
            {
                res = RangeFromStack(R, I, argStart, argc, (flags & CallLoopRangeFlag) != 0);
                if (res != null)
                {
                    return res;
                }
            }
            PyNativeFunction nat = func as PyNativeFunction;
            res = nat != null ? CallNativeFromStack(nat, R, I, argStart, argc, kwc) : CallFromStack(func == R[fslot] ? Box(func, I[fslot]) : func, R, I, argStart, argc, kwc);
            s_current = f;
            return res;
        }

        /// <summary>The loop's in-place entry of a simple call (arguments at argStart of f's window), on f's child
        /// frame; the frame is linked, counted and s_top moved past it.</summary>
        private static Frame EnterSimple(Frame f, PyFunction pf, int fslot, int argStart, int argc)
        {
            CodeObject code = pf.Code;
            object[] R = f.Refs;
            long[] I = f.Bits;
            int nargs = code.ArgCount;
            int ndef = pf.Defaults == null ? 0 : pf.Defaults.Length;
            object[] CR = R;
            long[] CI = I;
            int cbase = argStart;
            if (R != s_r)
            {
                CR = s_r;
                CI = s_i;
                cbase = s_top;
            }
            int extent = cbase + code.NFast + code.StackSize + 2;
            if (extent >= CR.Length || s_depth >= MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            if (cbase != argStart)
            {
                for (int k = 0; k < argc; k++)
                {
                    CR[cbase + k] = R[argStart + k];
                    CI[cbase + k] = I[argStart + k];
                    R[argStart + k] = null;
                }
            }
            for (int k = argc; k < nargs; k++)
            {
                CR[cbase + k] = pf.Defaults[k - (nargs - ndef)];
            }
            for (int k = nargs; k < code.NFast; k++)
            {
                CR[cbase + k] = null;
            }
            Frame nf = f.Child;
            if (nf == null)
            {
                nf = new Frame();
                nf.IsChild = true;
                nf.Back = f;
                f.Child = nf;
            }
            if (nf.Code != code)
            {
                nf.TakeCode(code);
            }
            nf.Globals = pf.Globals;
            nf.Refs = CR;
            nf.Bits = CI;
            nf.Base = cbase;
            nf.Sp = cbase + code.NFast;
            nf.Pc = 0;
            nf.Func = pf;
            nf.Id = 0;
            if (code.NCells != 0)
            {
                nf.Cells = MakeCells(code, pf.Closure);
            }
            nf.RetSlot = fslot;
            nf.SavedTop = s_top;
            if (extent > s_top)
            {
                s_top = extent;
            }
            s_depth++;
            s_current = nf;
            return nf;
        }
    }
}
