using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>Runs frames from entry until entry returns or yields; exceptions unwind through Vm_Errors.
        /// s_current is the loop's frame whenever an exception leaves it (set at every frame switch, and restored by
        /// every nested run when it ends), so the unwinding starts there.</summary>
        private static object Run(Frame entry, PyBaseException pending)
        {
            Frame f = entry;
            while (true)
            {
                // The handlers only record what was caught: Unwind (which throws when no frame up to entry handles
                // the exception) runs after the catch block has ended. On nanoCLR every exception thrown while a
                // handler runs takes one of the thread's 6 nested-exception slots (c_MaxStackUnwindDepth) until an
                // outer handler completes; a throw from here at every native-to-Python nesting level overflowed them.
                PyBaseException raised = null;
                System.Exception host = null;
                try
                {
                    return Loop(f, entry);
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
                        DropFrames(s_current, entry);
                        throw host;
                    }
                    raised = HostException(host);
                }
                f = Unwind(s_current, entry, raised);
            }
        }

#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.SkipLocalsInit]
#endif
        private static object Loop(Frame f, Frame entry)
        {
            s_current = f;
            object[] R = f.Refs;
            long[] I = f.Bits;
            byte[] bc = f.Code.Code;
            int[] wd = f.Code.Words;
            int pc = f.Pc;
            int sp = f.Sp;
            int bas = f.Base;
            int fa;
            object fv;
            int w;
            // The markers and singletons every instruction compares with, as locals: on nanoCLR a static field load
            // resolves its token and the static each time; a local is one slot read.
            object uInt = Unboxed.Int;
            object uFloat = Unboxed.Float;
            object pyTrue = PyBool.True;
            object pyFalse = PyBool.False;
            object pyNone = PyNone.None;
            // The instruction's start, kept in a local: on nanoCLR a field store (f.Pc) per instruction costs a token
            // resolution; f.Pc gets it when an exception leaves the loop (the catch below), before RareOp and
            // RaiseInLoop, and where the code sets it itself (calls, yields).
            int ip = pc;
            // Locals shared by the cases (each declaration is a slot that nanoCLR initializes on every entry to
            // this method: every generator step driven from native code and every nested run enters it).
            Frame gf;
            Frame nf;
            Frame to;
            GlobalCache gc0;
            PyDict d0;
            PyDict g0;
            PyDict sd;
            PyGenerator g;
            PyInstance inst;
            PyInt pi;
            PyList l;
            PyList lst;
            PyList sl;
            PyRange pr;
            PyRange rg;
            PyTuple tup;
            double fx;
            double fy;
            int count;
            int e0;
            int e1;
            int k0;
            int r0;
            int[] ints0;
            long idx;
            long ti;
            long x;
            long y;
            long z;
            object a;
            object b;
            object it;
            object key;
            object m0;
            object o;
            object ra;
            object rb;
            object res;
            object rv;
            object v;
            object[] items;
            object[] keys1;
            object[] refs0;
            try
            {
            while (true)
            {
                ip = pc;
                // Checked: pc comes from the compiler's jumps, and a compiler fault on hostile source must not read
                // outside the code.
                w = wd[pc];
                byte op = (byte)w;
                int arg = w >> 10;
                pc += (w >> 8) & 3;
                switch (op)
                {
                    case Opcodes.LoadFast:
                        {
                            v = R[bas + arg];
                            if (v == null)
                            {
                                throw Err.UnboundLocal(f.Code.FastNames[arg]);
                            }
#if NANOFRAMEWORK_1_0
                            R[sp] = v;
#else
                            if (R[sp] != v)
                            {
                                RefStore.Put(R, sp, v);
                            }
#endif
                            I[sp] = I[bas + arg];
                            sp++;
                            continue;
                        }
                    case Opcodes.StoreFast:
                        {
                            sp--;
                            v = R[sp];
#if NANOFRAMEWORK_1_0
                            R[bas + arg] = v;
#else
                            if (R[bas + arg] != v)
                            {
                                RefStore.Put(R, bas + arg, v);
                            }
#endif
                            I[bas + arg] = I[sp];
                            continue;
                        }
                    case Opcodes.StoreFastLoadFast:
                        sp--;
                        fa = bas + (arg & 0xFF);
                        fv = R[sp];
#if NANOFRAMEWORK_1_0
                        R[fa] = fv;
#else
                        if (R[fa] != fv)
                        {
                            RefStore.Put(R, fa, fv);
                        }
#endif
                        I[fa] = I[sp];
                        fa = bas + (arg >> 8);
                        op = Opcodes.LoadFast;
                        goto pushFused;
                    case Opcodes.LoadFast2:
                    case Opcodes.LoadFastAttr:
                    case Opcodes.LoadFastMethod:
                    case Opcodes.LoadFastStoreAttr:
                    case Opcodes.LoadFastBinaryOp:
                    case Opcodes.LoadFastInplaceOp:
                        fa = bas + (arg & 0xFF);
                    pushFused:
                        // The local push of a superinstruction; the switch below runs its second half (one table
                        // jump, no chain of opcode tests: those cost as much as a dispatch on nanoCLR).
                        fv = R[fa];
                        if (fv == null)
                        {
                            throw Err.UnboundLocal(f.Code.FastNames[fa - bas]);
                        }
#if NANOFRAMEWORK_1_0
                        R[sp] = fv;
#else
                        if (R[sp] != fv)
                        {
                            RefStore.Put(R, sp, fv);
                        }
#endif
                        I[sp] = I[fa];
                        sp++;
                        switch (op)
                        {
                            case Opcodes.LoadFast2:
                                fa = bas + (arg >> 8);
                                op = Opcodes.LoadFast;
                                goto pushFused;
                            case Opcodes.LoadFastAttr:
                                arg >>= 8;
                                goto loadAttr;
                            case Opcodes.LoadFastMethod:
                                arg >>= 8;
                                goto loadMethod;
                            case Opcodes.LoadFastStoreAttr:
                                arg >>= 8;
                                goto storeAttr;
                            case Opcodes.LoadFastBinaryOp:
                                arg >>= 8;
                                op = Opcodes.BinaryOp;
                                goto binaryOp;
                            case Opcodes.LoadFastInplaceOp:
                                arg >>= 8;
                                op = Opcodes.InplaceOp;
                                goto binaryOp;
                        }
                        continue;
                    case Opcodes.IncFast:
                        {
                            fa = bas + (arg & 0xFF);
                            long k = (arg << 17) >> 25;
                            if ((arg & 0x8000) != 0)
                            {
                                k = -k;
                            }
                            fv = R[fa];
                            if (fv == uInt)
                            {
                                x = I[fa];
                                z = x + k;
                                if (((x ^ z) & (k ^ z)) >= 0)
                                {
                                    I[fa] = z;
                                    continue;
                                }
                            }
                            else if (fv == uFloat)
                            {
                                I[fa] = System.BitConverter.DoubleToInt64Bits(System.BitConverter.Int64BitsToDouble(I[fa]) + k);
                                continue;
                            }
                            f.Sp = sp;
                            IncFastSlow(f, fa, arg);
                            continue;
                        }
                    case Opcodes.LoadSmallInt:
                        // On desktop .NET a reference store into the stack is skipped when the slot holds that
                        // reference already: it costs a GC write barrier. nanoCLR's GC has no barrier, so there the
                        // compare would only add work.
#if NANOFRAMEWORK_1_0
                        R[sp] = uInt;
#else
                        if (R[sp] != uInt)
                        {
                            R[sp] = uInt;
                        }
#endif
                        I[sp] = (short)arg;
                        sp++;
                        continue;
                    case Opcodes.LoadSmallIntBinaryOp:
                    case Opcodes.LoadSmallIntCompareOp:
                    case Opcodes.LoadSmallIntInplaceOp:
#if NANOFRAMEWORK_1_0
                        R[sp] = uInt;
#else
                        if (R[sp] != uInt)
                        {
                            R[sp] = uInt;
                        }
#endif
                        I[sp] = (sbyte)(arg & 0xFF);
                        sp++;
                        arg >>= 8;
                        if (op == Opcodes.LoadSmallIntCompareOp)
                        {
                            goto compareOp;
                        }
                        op = op == Opcodes.LoadSmallIntBinaryOp ? Opcodes.BinaryOp : Opcodes.InplaceOp;
                        goto binaryOp;
                    case Opcodes.LoadConst:
                        {
                            v = f.Code.Consts[arg];
#if NANOFRAMEWORK_1_0
                            R[sp] = v;
#else
                            if (R[sp] != v)
                            {
                                RefStore.Put(R, sp, v);
                            }
#endif
                            sp++;
                            continue;
                        }
                    case Opcodes.LoadFloat:
#if NANOFRAMEWORK_1_0
                        R[sp] = uFloat;
                        I[sp] = System.BitConverter.DoubleToInt64Bits(((PyFloat)f.Code.Consts[arg]).Value);
#else
                        if (R[sp] != uFloat)
                        {
                            R[sp] = uFloat;
                        }
                        I[sp] = System.BitConverter.DoubleToInt64Bits(((PyFloat)f.Code.Consts[arg]).Value);
#endif
                        sp++;
                        continue;
                    case Opcodes.LoadNone:
#if NANOFRAMEWORK_1_0
                        R[sp++] = pyNone;
#else
                        RefStore.Put(R, sp++, pyNone);
#endif
                        continue;
                    case Opcodes.LoadTrue:
#if NANOFRAMEWORK_1_0
                        R[sp++] = pyTrue;
#else
                        RefStore.Put(R, sp++, pyTrue);
#endif
                        continue;
                    case Opcodes.LoadFalse:
#if NANOFRAMEWORK_1_0
                        R[sp++] = pyFalse;
#else
                        RefStore.Put(R, sp++, pyFalse);
#endif
                        continue;
                    case Opcodes.LoadEllipsis:
                        R[sp++] = Ops.Ellipsis;
                        continue;
                    case Opcodes.PopTop:
                        {
                            // A break drops its loop's range here (call statements never get this far).
                            pr = R[--sp] as PyRange;
                            if (pr != null && pr.Pooled)
                            {
                                ReleaseRange(pr);
                            }
                            R[sp] = null;
                            continue;
                        }
                    case Opcodes.RotTwo:
                        {
                            object t = R[sp - 1];
                            ti = I[sp - 1];
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = R[sp - 2];
                            R[sp - 2] = t;
#else
                            // Two unboxed numbers (a, b = b, a) swap only their bits.
                            if (t != R[sp - 2])
                            {
                                RefStore.Put(R, sp - 1, R[sp - 2]);
                                RefStore.Put(R, sp - 2, t);
                            }
#endif
                            I[sp - 1] = I[sp - 2];
                            I[sp - 2] = ti;
                            continue;
                        }
                    case Opcodes.RotThree:
                        {
                            object t = R[sp - 1];
                            ti = I[sp - 1];
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = R[sp - 2];
                            R[sp - 2] = R[sp - 3];
                            R[sp - 3] = t;
#else
                            RefStore.Put(R, sp - 1, R[sp - 2]);
                            RefStore.Put(R, sp - 2, R[sp - 3]);
                            RefStore.Put(R, sp - 3, t);
#endif
                            I[sp - 1] = I[sp - 2];
                            I[sp - 2] = I[sp - 3];
                            I[sp - 3] = ti;
                            continue;
                        }
                    case Opcodes.DupTop:
#if NANOFRAMEWORK_1_0
                        R[sp] = R[sp - 1];
#else
                        RefStore.Put(R, sp, R[sp - 1]);
#endif
                        I[sp] = I[sp - 1];
                        sp++;
                        continue;
                    case Opcodes.DupTopTwo:
#if NANOFRAMEWORK_1_0
                        R[sp] = R[sp - 2];
                        R[sp + 1] = R[sp - 1];
#else
                        RefStore.Put(R, sp, R[sp - 2]);
                        RefStore.Put(R, sp + 1, R[sp - 1]);
#endif
                        I[sp] = I[sp - 2];
                        I[sp + 1] = I[sp - 1];
                        sp += 2;
                        continue;
                    case Opcodes.BinaryOp:
                    case Opcodes.InplaceOp:
                    binaryOp:
                        {
                            int bop = arg;
                            ra = R[sp - 2];
                            rb = R[sp - 1];
                            if (ra == uInt)
                            {
                                x = I[sp - 2];
                            }
                            else if (ra != uFloat && (pi = ra as PyInt) != null)
                            {
                                x = pi.Value;
                            }
                            else
                            {
                                goto binarySlow;
                            }
                            if (rb == uInt)
                            {
                                y = I[sp - 1];
                            }
                            else if (rb != uFloat && (pi = rb as PyInt) != null)
                            {
                                y = pi.Value;
                            }
                            else
                            {
                                goto binarySlow;
                            }
                            switch (bop)
                            {
                                case PyOp.Add:
                                    z = x + y;
                                    if (((x ^ z) & (y ^ z)) < 0)
                                    {
                                        goto binarySlow;
                                    }
                                    break;
                                case PyOp.Sub:
                                    z = x - y;
                                    if (((x ^ y) & (x ^ z)) < 0)
                                    {
                                        goto binarySlow;
                                    }
                                    break;
                                case PyOp.Mul:
                                    if (x > int.MaxValue || x < int.MinValue || y > int.MaxValue || y < int.MinValue)
                                    {
                                        goto binarySlow;
                                    }
                                    z = x * y;
                                    break;
                                case PyOp.FloorDiv:
                                    if (y == 0 || (y == -1 && x == long.MinValue))
                                    {
                                        goto binarySlow;
                                    }
                                    z = x / y;
                                    if ((x % y != 0) && ((x ^ y) < 0))
                                    {
                                        z--;
                                    }
                                    break;
                                case PyOp.Mod:
                                    if (y == 0)
                                    {
                                        goto binarySlow;
                                    }
                                    if (y == -1)
                                    {
                                        z = 0;
                                        break;
                                    }
                                    z = x % y;
                                    if (z != 0 && ((z ^ y) < 0))
                                    {
                                        z += y;
                                    }
                                    break;
                                case PyOp.And:
                                    z = x & y;
                                    break;
                                case PyOp.Or:
                                    z = x | y;
                                    break;
                                case PyOp.Xor:
                                    z = x ^ y;
                                    break;
                                case PyOp.LShift:
                                    if (y < 0 || y > 62)
                                    {
                                        goto binarySlow;
                                    }
                                    z = x << (int)y;
                                    if ((z >> (int)y) != x)
                                    {
                                        goto binarySlow;
                                    }
                                    break;
                                case PyOp.RShift:
                                    if (y < 0)
                                    {
                                        goto binarySlow;
                                    }
                                    z = y > 63 ? (x < 0 ? -1 : 0) : x >> (int)y;
                                    break;
                                default:
                                    goto binarySlow;
                            }
                            sp--;
                            if (rb != uInt)
                            {
                                R[sp] = null;
                            }
                            if (ra != uInt)
                            {
#if NANOFRAMEWORK_1_0
                                R[sp - 1] = uInt;
#else
                                RefStore.Put(R, sp - 1, uInt);
#endif
                            }
                            I[sp - 1] = z;
                            continue;
                        binarySlow:
                            double fz;
                            PyFloat pf;
                            // Float operands (unboxed or boxed) inline; ints mixed with floats via FloatOperands.
                            if (ra == uFloat)
                            {
                                fx = System.BitConverter.Int64BitsToDouble(I[sp - 2]);
                            }
                            else if ((pf = ra as PyFloat) != null)
                            {
                                fx = pf.Value;
                            }
                            else
                            {
                                goto floatMixed;
                            }
                            if (rb == uFloat)
                            {
                                fy = System.BitConverter.Int64BitsToDouble(I[sp - 1]);
                            }
                            else if ((pf = rb as PyFloat) != null)
                            {
                                fy = pf.Value;
                            }
                            else
                            {
                                goto floatMixed;
                            }
                        floatOp:
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
                                    if (fy == 0)
                                    {
                                        goto binaryGeneric;
                                    }
                                    fz = fx / fy;
                                    break;
                                default:
                                    goto binaryGeneric;
                            }
                            sp--;
                            if (rb != uFloat && rb != uInt)
                            {
                                R[sp] = null;
                            }
                            if (ra != uFloat)
                            {
#if NANOFRAMEWORK_1_0
                                R[sp - 1] = uFloat;
#else
                                RefStore.Put(R, sp - 1, uFloat);
#endif
                            }
                            I[sp - 1] = System.BitConverter.DoubleToInt64Bits(fz);
                            continue;
                        floatMixed:
                            if (FloatOperands(ra, I[sp - 2], rb, I[sp - 1], out fx, out fy))
                            {
                                goto floatOp;
                            }
                            if (bop == PyOp.TrueDiv && ra == uInt && rb == uInt)
                            {
                                x = I[sp - 2];
                                y = I[sp - 1];
                                if (y != 0 && x < ExactDoubleInt && x > -ExactDoubleInt && y < ExactDoubleInt && y > -ExactDoubleInt)
                                {
                                    sp--;
                                    R[sp] = null;
#if NANOFRAMEWORK_1_0
                                    R[sp - 1] = uFloat;
#else
                                    RefStore.Put(R, sp - 1, uFloat);
#endif
                                    I[sp - 1] = System.BitConverter.DoubleToInt64Bits((double)x / y);
                                    continue;
                                }
                            }
                        binaryGeneric:
                            a = Box(ra, I[sp - 2]);
                            b = Box(rb, I[sp - 1]);
                            f.Sp = sp;
                            string sa = a as string;
                            if (sa != null && (bop == PyOp.Mod || bop == PyOp.Add) && !(b is PyInstance))
                            {
                                // str % x and str + str: no operator dispatch (a str subclass on the right, which
                                // could reflect the operator, is a PyInstance and goes the general way).
                                if (bop == PyOp.Mod)
                                {
                                    res = Ops.PercentFormat(sa, b);
                                }
                                else
                                {
                                    string sb = b as string;
                                    res = sb != null ? PyStr.Concat(sa, sb) : PyStr.BinaryOp(bop, sa, b);
                                }
                            }
                            else
                            {
                                res = op == Opcodes.BinaryOp ? Ops.BinaryOp(bop, a, b) : Ops.InplaceOp(bop, a, b);
                            }
                            sp--;
                            R[sp] = null;
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = res;
#else
                            RefStore.Put(R, sp - 1, res);
#endif
                            continue;
                        }
                    case Opcodes.CompareOp:
                    compareOp:
                        {
                            int cop = arg;
                            ra = R[sp - 2];
                            rb = R[sp - 1];
                            bool cmp;
                            if (cop <= PyOp.Ge)
                            {
                                if (ra == uInt)
                                {
                                    x = I[sp - 2];
                                }
                                else if ((pi = ra as PyInt) != null)
                                {
                                    x = pi.Value;
                                }
                                else
                                {
                                    goto compareSlow;
                                }
                                if (rb == uInt)
                                {
                                    y = I[sp - 1];
                                }
                                else if ((pi = rb as PyInt) != null)
                                {
                                    y = pi.Value;
                                }
                                else
                                {
                                    goto compareSlow;
                                }
                                // IntCompare inline: on nanoCLR a call costs more than this switch.
                                switch (cop)
                                {
                                    case PyOp.Lt:
                                        cmp = x < y;
                                        break;
                                    case PyOp.Le:
                                        cmp = x <= y;
                                        break;
                                    case PyOp.Eq:
                                        cmp = x == y;
                                        break;
                                    case PyOp.Ne:
                                        cmp = x != y;
                                        break;
                                    case PyOp.Gt:
                                        cmp = x > y;
                                        break;
                                    default:
                                        cmp = x >= y;
                                        break;
                                }
                                goto compareDone;
                            }
                        compareSlow:
                            if (cop <= PyOp.Ge)
                            {
                                if (ra == uFloat && rb != uInt)
                                {
                                    PyFloat pf = rb as PyFloat;
                                    if (rb == uFloat || pf != null)
                                    {
                                        fx = System.BitConverter.Int64BitsToDouble(I[sp - 2]);
                                        fy = pf != null ? pf.Value : System.BitConverter.Int64BitsToDouble(I[sp - 1]);
                                        cmp = FloatCompare(cop, fx, fy);
                                        goto compareDone;
                                    }
                                }
                                if (FloatOperands(ra, I[sp - 2], rb, I[sp - 1], out fx, out fy))
                                {
                                    cmp = FloatCompare(cop, fx, fy);
                                    goto compareDone;
                                }
                            }
                            if ((cop == PyOp.Is || cop == PyOp.IsNot) && ra == uFloat && rb == uFloat)
                            {
                                // An unboxed float has no identity of its own: the same bits are the same float.
                                cmp = (I[sp - 2] == I[sp - 1]) == (cop == PyOp.Is);
                                goto compareDone;
                            }
                            a = Box(ra, I[sp - 2]);
                            b = Box(rb, I[sp - 1]);
                            f.Sp = sp;
                            res = Ops.Compare(cop, a, b);
                            sp--;
                            R[sp] = null;
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = res;
#else
                            RefStore.Put(R, sp - 1, res);
#endif
                            continue;
                        compareDone:
                            // A compare followed by a conditional jump takes the jump here: no bool is pushed
                            // and the jump costs no dispatch of its own.
                            sp -= 2;
                            if (ra != uInt && ra != uFloat)
                            {
                                R[sp] = null;
                            }
                            if (rb != uInt && rb != uFloat)
                            {
                                R[sp + 1] = null;
                            }
                            op = bc[pc];
                            if (op == Opcodes.PopJumpIfFalse || op == Opcodes.PopJumpIfTrue)
                            {
                                pc = cmp == (op == Opcodes.PopJumpIfTrue) ? wd[pc] >> 10 : pc + 3;
                                continue;
                            }
#if NANOFRAMEWORK_1_0
                            R[sp++] = cmp ? pyTrue : pyFalse;
#else
                            RefStore.Put(R, sp++, cmp ? pyTrue : pyFalse);
#endif
                            continue;
                        }
                    case Opcodes.UnaryOp:
                        {
                            int uop = arg;
                            ra = R[sp - 1];
                            if (ra == uInt)
                            {
                                x = I[sp - 1];
                                if (uop == PyOp.Neg && x != long.MinValue)
                                {
                                    I[sp - 1] = -x;
                                    continue;
                                }
                                if (uop == PyOp.Pos)
                                {
                                    continue;
                                }
                                if (uop == PyOp.Invert)
                                {
                                    I[sp - 1] = ~x;
                                    continue;
                                }
                                ra = PyInt.Create(x);
                            }
                            else if (ra == uFloat)
                            {
                                if (uop == PyOp.Neg)
                                {
                                    I[sp - 1] = System.BitConverter.DoubleToInt64Bits(-System.BitConverter.Int64BitsToDouble(I[sp - 1]));
                                    continue;
                                }
                                if (uop == PyOp.Pos)
                                {
                                    continue;
                                }
                                ra = Box(ra, I[sp - 1]);
                            }
                            f.Sp = sp;
                            R[sp - 1] = Ops.UnaryOp(uop, ra);
                            continue;
                        }
                    case Opcodes.Not:
                        {
                            ra = R[sp - 1];
                            bool t;
                            if (ra == pyTrue)
                            {
                                t = true;
                            }
                            else if (ra == pyFalse)
                            {
                                t = false;
                            }
                            else if (ra == uInt)
                            {
                                t = I[sp - 1] != 0;
                            }
                            else
                            {
                                f.Sp = sp;
                                t = Ops.IsTrue(Box(ra, I[sp - 1]));
                            }
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = t ? pyFalse : pyTrue;
#else
                            RefStore.Put(R, sp - 1, t ? pyFalse : pyTrue);
#endif
                            continue;
                        }
                    case Opcodes.Jump:
                        if (arg < pc && (Scheduler.Pending != 0 || Interrupted))
                        {
                            f.Sp = sp;
                            Service();
                        }
                        pc = arg;
                        if (bc[pc] == Opcodes.ForIter)
                        {
                            // A loop's back edge runs the FOR_ITER it jumps to without a dispatch of its own.
                            ip = pc;
                            arg = wd[pc] >> 10;
                            pc += 3;
                            goto forIter;
                        }
                        continue;
                    case Opcodes.PopJumpIfFalse:
                    case Opcodes.PopJumpIfTrue:
                        {
                            ra = R[--sp];
                            R[sp] = null;
                            bool t;
                            if (ra == pyTrue)
                            {
                                t = true;
                            }
                            else if (ra == pyFalse)
                            {
                                t = false;
                            }
                            else if (ra == uInt)
                            {
                                t = I[sp] != 0;
                            }
                            else if (ra is PyInt)
                            {
                                // An int item of a list or tuple (while k: after k = perm[0]).
                                t = ((PyInt)ra).Value != 0;
                            }
                            else
                            {
                                f.Sp = sp;
                                t = Ops.IsTrue(Box(ra, I[sp]));
                            }
                            if (t == (op == Opcodes.PopJumpIfTrue))
                            {
                                pc = arg;
                            }
                            continue;
                        }
                    case Opcodes.JumpIfFalseOrPop:
                    case Opcodes.JumpIfTrueOrPop:
                        {
                            ra = R[sp - 1];
                            bool t = ra == uInt ? I[sp - 1] != 0 : Ops.IsTrue(Box(ra, I[sp - 1]));
                            if (t == (op == Opcodes.JumpIfTrueOrPop))
                            {
                                pc = arg;
                            }
                            else
                            {
                                R[--sp] = null;
                            }
                            continue;
                        }
                    case Opcodes.GetIter:
                        {
                            ra = Box(R[sp - 1], I[sp - 1]);
                            if (ra is PyGenerator)
                            {
                                continue;
                            }
                            if (bc[pc] == Opcodes.ForIter)
                            {
                                // A for loop over a list, tuple or range needs no iterator object: the sequence
                                // stays on the stack with the position (or the next range value) in its long slot.
                                if (ra is PyList || ra is PyTuple)
                                {
                                    I[sp - 1] = 0;
                                    continue;
                                }
                                rg = ra as PyRange;
                                if (rg != null && rg.LoopSafe)
                                {
                                    I[sp - 1] = rg.Start;
                                    continue;
                                }
                            }
                            f.Sp = sp;
                            R[sp - 1] = Ops.GetIter(ra);
                            continue;
                        }
                    case Opcodes.ForIter:
                    forIter:
                        {
                            // The loop's next value: ranges (the range itself with the next value in its long slot,
                            // or a range iterator), lists and tuples (position in the long slot) here; generators
                            // resume as in-loop frames; anything else through its Next().
                            it = R[sp - 1];
                            long cur;
                            rg = it as PyRange;
                            if (rg != null)
                            {
                                cur = I[sp - 1];
                                long step = rg.Step;
                                if (step > 0 ? cur < rg.Stop : cur > rg.Stop)
                                {
                                    I[sp - 1] = cur + step;
                                    goto forRangeNext;
                                }
                                if (rg.Pooled)
                                {
                                    ReleaseRange(rg);
                                }
                                goto forEnd;
                            }
                            lst = it as PyList;
                            if (lst != null)
                            {
                                idx = I[sp - 1];
                                if (idx >= lst.Count)
                                {
                                    goto forEnd;
                                }
                                I[sp - 1] = idx + 1;
                                fv = lst.Items[(int)idx];
                                goto forItemNext;
                            }
                            tup = it as PyTuple;
                            if (tup != null)
                            {
                                idx = I[sp - 1];
                                if (idx >= tup.Items.Length)
                                {
                                    goto forEnd;
                                }
                                I[sp - 1] = idx + 1;
                                fv = tup.Items[(int)idx];
                                goto forItemNext;
                            }
                            g = it as PyGenerator;
                            if (g != null && !g.Running && !g.Finished && s_depth < MaxDepth)
                            {
                                if (g.Body != null)
                                {
                                    // A compiled body runs to its next yield; an int or float comes back unboxed.
                                    f.Pc = pc - 3;
                                    f.Sp = sp;
                                    fv = NextCompiled(g, f, 0, out x);
                                    if (fv == null)
                                    {
                                        goto forEnd;
                                    }
                                    if (fv != uInt && fv != uFloat)
                                    {
                                        goto forItemNext;
                                    }
                                    w = wd[pc];
                                    if ((byte)w == Opcodes.StoreFast)
                                    {
                                        fa = bas + (w >> 10);
                                        R[fa] = fv;
                                        I[fa] = x;
                                        pc += 3;
                                        continue;
                                    }
                                    R[sp] = fv;
                                    I[sp] = x;
                                    sp++;
                                    continue;
                                }
                                // Resume the generator as an in-loop frame: its yield hands the value (unboxed)
                                // back to this slot; its return ends the loop. (EnterGenerator inline.)
                                f.Pc = pc - 3;
                                f.Sp = sp;
                                gf = g.Frame;
                                if (g.Started)
                                {
                                    gf.Refs[gf.Sp] = pyNone;
                                    gf.Sp++;
                                }
                                g.Started = true;
                                g.Running = true;
                                gf.Yielded = false;
                                gf.Back = f;
                                gf.RetSlot = sp;
                                gf.SavedTop = s_top;
                                s_depth++;
                                f = gf;
                                s_current = gf;
                                R = gf.Refs;
                                I = gf.Bits;
                                bc = gf.Code.Code;
                                wd = gf.Code.Words;
                                bas = gf.Base;
                                pc = gf.Pc;
                                sp = gf.Sp;
                                continue;
                            }
                            PyRangeIterator ri = it as PyRangeIterator;
                            if (ri != null)
                            {
                                cur = ri.Current;
                                if (ri.Step > 0 ? cur < ri.Stop : cur > ri.Stop)
                                {
                                    ri.Current = cur + ri.Step;
                                    goto forRangeNext;
                                }
                                goto forEnd;
                            }
                            f.Sp = sp;
                            fv = ((PyObject)it).Next();
                            if (fv != null)
                            {
                                R[sp++] = fv;
                                continue;
                            }
                        forEnd:
                            R[--sp] = null;
                            pc = arg;
                            continue;
                        forRangeNext:
                            w = wd[pc];
                            if ((byte)w == Opcodes.StoreFast)
                            {
                                // for i in range(...): the number goes straight to the loop variable.
                                fa = bas + (w >> 10);
                                if (R[fa] != uInt)
                                {
                                    R[fa] = uInt;
                                }
                                I[fa] = cur;
                                pc += 3;
                                continue;
                            }
#if NANOFRAMEWORK_1_0
                            R[sp] = uInt;
#else
                            if (R[sp] != uInt)
                            {
                                R[sp] = uInt;
                            }
#endif
                            I[sp] = cur;
                            sp++;
                            continue;
                        forItemNext:
                            w = wd[pc];
                            if ((byte)w == Opcodes.StoreFast)
                            {
                                // for x in a_list: the item goes straight to the loop variable.
                                fa = bas + (w >> 10);
#if NANOFRAMEWORK_1_0
                                R[fa] = fv;
#else
                                if (R[fa] != fv)
                                {
                                    RefStore.Put(R, fa, fv);
                                }
#endif
                                pc += 3;
                                continue;
                            }
#if NANOFRAMEWORK_1_0
                            R[sp++] = fv;
#else
                            RefStore.Put(R, sp++, fv);
#endif
                            continue;
                        }
                    case Opcodes.LoadGlobal:
                    loadGlobal:
                        {
                            // A module-level name found in the cache for this globals dict version, in the loop.
                            gc0 = f.Code.GCache;
                            g0 = f.Globals;
                            if (gc0 != null && gc0.Dict[arg] == g0 && gc0.Ver[arg] == g0.Version)
                            {
                                if ((e0 = gc0.Entry[arg]) >= 0)
                                {
                                    v = g0.EntryValues[e0];
                                    if (v == uInt || v == uFloat)
                                    {
                                        I[sp] = g0.EntryBits[e0];
                                    }
                                }
                                else
                                {
                                    // A builtin: the cache also holds its entry in the builtins dict.
                                    // (PyDict.ValueAt inline: a builtin is never unboxed there, but ValueAt boxes one.)
                                    PyDict bd0 = gc0.BDict[arg];
                                    if (bd0.Version == gc0.BVer[arg])
                                    {
                                        v = bd0.EntryValues[gc0.BEntry[arg]];
                                        if (v == uInt || v == uFloat)
                                        {
                                            v = bd0.ValueAt(gc0.BEntry[arg]);
                                        }
                                    }
                                    else
                                    {
                                        v = LoadGlobalCached(f, arg);
                                    }
                                }
                            }
                            else
                            {
                                v = LoadGlobalCached(f, arg);
                            }
#if NANOFRAMEWORK_1_0
                            R[sp] = v;
#else
                            if (R[sp] != v)
                            {
                                RefStore.Put(R, sp, v);
                            }
#endif
                            sp++;
                            continue;
                        }
                    case Opcodes.StoreGlobal:
                    storeGlobal:
                        {
                            sp--;
                            v = R[sp];
                            R[sp] = null;
                            // Rebinding a module-level name at the entry the cache remembers: an int or float
                            // stays unboxed.
                            gc0 = f.Code.GCache;
                            g0 = f.Globals;
                            if (gc0 == null || gc0.Dict[arg] != g0 || gc0.Ver[arg] != g0.Version || (e0 = gc0.Entry[arg]) < 0
                                || !g0.SetRawIfKeyAt(e0, f.Names[arg], v, I[sp]))
                            {
                                g0.SetStr(f.Names[arg], Box(v, I[sp]));
                            }
                            continue;
                        }
                    case Opcodes.LoadName:
                        {
                            if (f.Locals == null || f.Locals == f.Globals)
                            {
                                // Module-level code: the name is a global (its cache, unboxed ints and floats).
                                goto loadGlobal;
                            }
                            v = f.Locals.GetStr(f.Names[arg]);
                            R[sp++] = v != null ? v : LoadGlobalCached(f, arg);
                            continue;
                        }
                    case Opcodes.StoreName:
                        {
                            if (f.Locals == null || f.Locals == f.Globals)
                            {
                                goto storeGlobal;
                            }
                            sp--;
                            v = R[sp];
                            R[sp] = null;
                            (f.Locals ?? f.Globals).SetStr(f.Names[arg], Box(v, I[sp]));
                            continue;
                        }
                    case Opcodes.DeleteFast:
                        if (R[bas + arg] == null)
                        {
                            throw Err.UnboundLocal(f.Code.FastNames[arg]);
                        }
                        R[bas + arg] = null;
                        continue;
                    case Opcodes.LoadDeref:
                        {
                            v = f.Cells[arg].Value;
                            if (v == null)
                            {
                                throw FreeVarError(f, arg);
                            }
#if NANOFRAMEWORK_1_0
                            R[sp++] = v;
#else
                            if (R[sp] != v)
                            {
                                RefStore.Put(R, sp, v);
                            }
                            sp++;
#endif
                            continue;
                        }
                    case Opcodes.StoreDeref:
                        {
                            sp--;
                            v = R[sp];
                            R[sp] = null;
                            f.Cells[arg].Value = Box(v, I[sp]);
                            continue;
                        }
                    case Opcodes.LoadClosure:
                        R[sp++] = f.Cells[arg];
                        continue;
                    case Opcodes.LoadAttr:
                    loadAttr:
                        {
                            o = R[sp - 1];
                            inst = o as PyInstance;
                            if (inst != null)
                            {
                                // The value in the instance dict at the entry the cache remembers (the helpers
                                // below are calls: the JIT stops inlining into a method this big).
                                refs0 = f.ARefs;
                                d0 = inst.Dict;
                                if (refs0 != null && d0 != null)
                                {
                                    k0 = arg * AttrCache.IntStride;
                                    ints0 = f.AInts;
                                    if (refs0[arg * AttrCache.RefStride] == inst.Class && ints0[k0] == PyDict.ClassEpoch
                                        && (ints0[k0 + AttrCache.IntKind] & AttrCache.KindMask) != AttrCache.Property)
                                    {
                                        // PyDict.RawValueIfKeyAt and BitsAt inline (a call costs more on nanoCLR).
                                        e1 = ints0[k0 + AttrCache.IntEntry];
                                        keys1 = d0.EntryKeys;
                                        object own = (uint)e1 < (uint)keys1.Length && keys1[e1] == (object)f.Names[arg] ? d0.EntryValues[e1] : null;
                                        if (own != null)
                                        {
                                            if (own == uInt || own == uFloat)
                                            {
                                                I[sp - 1] = d0.EntryBits[e1];
                                            }
#if NANOFRAMEWORK_1_0
                                            R[sp - 1] = own;
#else
                                            if (R[sp - 1] != own)
                                            {
                                                RefStore.Put(R, sp - 1, own);
                                            }
#endif
                                            continue;
                                        }
                                    }
                                }
                                f.Sp = sp;
                                v = InstanceAttrValue(AttrCacheOf(f), inst, arg, f.Names[arg]);
                                if (v != null)
                                {
#if NANOFRAMEWORK_1_0
                                    R[sp - 1] = v;
#else
                                    RefStore.Put(R, sp - 1, v);
#endif
                                    continue;
                                }
                            }
                            else
                            {
                                f.Sp = sp;
                                o = Box(o, I[sp - 1]);
                            }
                            R[sp - 1] = Ops.GetAttr(o, f.Names[arg]);
                            continue;
                        }
                    case Opcodes.StoreAttr:
                    storeAttr:
                        {
                            o = R[sp - 1];
                            v = R[sp - 2];
                            f.Sp = sp;
                            inst = o as PyInstance;
                            if (inst != null)
                            {
                                // Rebinding a name the instance dict holds at the entry the cache remembers, in the
                                // loop (as LOAD_ATTR above); an int or float stays unboxed.
                                refs0 = f.ARefs;
                                d0 = inst.Dict;
                                if (refs0 != null && d0 != null)
                                {
                                    k0 = arg * AttrCache.IntStride;
                                    ints0 = f.AInts;
                                    if (refs0[arg * AttrCache.RefStride] == inst.Class && ints0[k0] == PyDict.ClassEpoch
                                        && (ints0[k0 + AttrCache.IntKind] & AttrCache.PlainStore) != 0)
                                    {
                                        // PyDict.SetRawIfKeyAt inline for an instance dict whose entry holds the key
                                        // (a call costs more on nanoCLR); the method itself for anything else.
                                        e1 = ints0[k0 + AttrCache.IntEntry];
                                        keys1 = d0.EntryKeys;
                                        object[] vals1 = d0.EntryValues;
                                        long[] bits1 = d0.EntryBits;
                                        bool done = true;
                                        if ((uint)e1 >= (uint)keys1.Length || keys1[e1] != (object)f.Names[arg] || d0.IsClassDict)
                                        {
                                            done = d0.SetRawIfKeyAt(e1, f.Names[arg], v, I[sp - 2]);
                                        }
                                        else if (v != uInt && v != uFloat)
                                        {
#if NANOFRAMEWORK_1_0
                                            vals1[e1] = v;
#else
                                            RefStore.Put(vals1, e1, v);
#endif
                                        }
                                        else if (bits1 != null)
                                        {
                                            bits1[e1] = I[sp - 2];
                                            if (vals1[e1] != v)
                                            {
                                                vals1[e1] = v;
                                            }
                                        }
                                        else
                                        {
                                            d0.SetRawIfKeyAt(e1, f.Names[arg], v, I[sp - 2]);
                                        }
                                        if (done)
                                        {
                                            sp -= 2;
                                            R[sp] = null;
                                            R[sp + 1] = null;
                                            continue;
                                        }
                                    }
                                }
                            }
                            if (v == uInt)
                            {
                                v = PyInt.Create(I[sp - 2]);
                            }
                            else if (v == uFloat)
                            {
                                v = new PyFloat(System.BitConverter.Int64BitsToDouble(I[sp - 2]));
                            }
                            if (inst == null || !StoreInstanceAttr(AttrCacheOf(f), inst, arg, f.Names[arg], v))
                            {
                                Ops.SetAttr(Box(o, I[sp - 1]), f.Names[arg], v);
                            }
                            sp -= 2;
                            R[sp] = null;
                            R[sp + 1] = null;
                            continue;
                        }
                    case Opcodes.LoadMethod:
                    loadMethod:
                        {
                            o = R[sp - 1];
                            PyInstance inst0 = o as PyInstance;
                            if (inst0 != null)
                            {
                                // A method of the class while the instance dict is known not to hold the name.
                                refs0 = f.ARefs;
                                if (refs0 != null)
                                {
                                    k0 = arg * AttrCache.IntStride;
                                    r0 = arg * AttrCache.RefStride;
                                    ints0 = f.AInts;
                                    d0 = inst0.Dict;
                                    if (refs0[r0] == inst0.Class && ints0[k0] == PyDict.ClassEpoch
                                        && (ints0[k0 + AttrCache.IntKind] & AttrCache.KindMask) == AttrCache.Method
                                        && (d0 == null || (d0.KeyBloom & ints0[k0 + AttrCache.IntBloom]) == 0
                                            || (refs0[r0 + AttrCache.RefLacking] == d0 && ints0[k0 + AttrCache.IntLackVersion] == d0.Version)))
                                    {
                                        m0 = refs0[r0 + AttrCache.RefAttr];
#if NANOFRAMEWORK_1_0
                                        R[sp - 1] = m0;
#else
                                        if (R[sp - 1] != m0)
                                        {
                                            RefStore.Put(R, sp - 1, m0);
                                        }
#endif
#if NANOFRAMEWORK_1_0
                                        R[sp] = o;
#else
                                        if (R[sp] != o)
                                        {
                                            RefStore.Put(R, sp, o);
                                        }
#endif
                                        sp++;
                                        continue;
                                    }
                                }
                            }
                            else
                            {
                                // A method of list, dict or str (l.append, d.get, s.join), which the cache also keys
                                // on its type found without a call (see TypeMethod).
                                refs0 = f.ARefs;
                                object hk = o is PyList ? s_listKey : o is PyDict ? s_dictKey : o is string ? s_strKey : null;
                                if (refs0 != null && hk != null)
                                {
                                    r0 = arg * AttrCache.RefStride;
                                    if (refs0[r0 + AttrCache.RefLacking] == hk && f.AInts[arg * AttrCache.IntStride] == PyDict.ClassEpoch)
                                    {
                                        m0 = refs0[r0 + AttrCache.RefAttr];
#if NANOFRAMEWORK_1_0
                                        R[sp - 1] = m0;
                                        R[sp] = o;
#else
                                        RefStore.Put(R, sp - 1, m0);
                                        if (R[sp] != o)
                                        {
                                            RefStore.Put(R, sp, o);
                                        }
#endif
                                        sp++;
                                        continue;
                                    }
                                }
                            }
                            f.Sp = sp;
                            LoadMethodSlow(f, Box(o, I[sp - 1]), arg, R, sp);
                            sp++;
                            continue;
                        }
                    case Opcodes.CallMethod:
                    case Opcodes.CallFunction:
                        {
                            int argc = arg & 0xFF;
                            int kwc = arg >> 8;
                            int n = argc + 2 * kwc;
                            int fslot;
                            int argStart;
                            object func;
                            if (op == Opcodes.CallMethod)
                            {
                                fslot = sp - n - 2;
                                func = R[fslot];
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
                                fslot = sp - n - 1;
                                func = R[fslot];
                                argStart = fslot + 1;
                            }
                            res = null;
                            // A Python function first (one type test for the commonest call), then a bound method
                            // (CALL_FUNCTION only), then a native one: a failed type test walks the class chain.
                            PyFunction pf = func as PyFunction;
                            PyNativeFunction nat = null;
                            if (pf == null)
                            {
                                PyBoundMethod bm = op == Opcodes.CallFunction ? func as PyBoundMethod : null;
                                if (bm != null && (pf = bm.Function as PyFunction) != null)
                                {
                                    // Put self where the bound method was: the arguments then start there.
                                    func = pf;
#if NANOFRAMEWORK_1_0
                                    R[fslot] = bm.Self;
#else
                                    RefStore.Put(R, fslot, bm.Self);
#endif
                                    argStart = fslot;
                                    argc++;
                                }
                                else
                                {
                                    nat = func as PyNativeFunction;
                                }
                            }
                            if (nat != null && nat.Fast != 0 && kwc == 0)
                            {
                                // list.append, len(), dict.get and list.pop on their plain operands: no argument array,
                                // no table switch, no Python code (a native function's call is not a point at which
                                // pending callbacks run; loops check at their back edge).
                                f.Sp = sp;
                                if (nat.Fast == PyNativeFunction.FastListAppend)
                                {
                                    l = R[argStart] as PyList;
                                    if (l != null && argc == 2)
                                    {
                                        l.Append(Box(R[argStart + 1], I[argStart + 1]));
                                        res = pyNone;
                                    }
                                }
                                else if (nat.Fast == PyNativeFunction.FastLen)
                                {
                                    if (argc == 1)
                                    {
                                        I[fslot] = BuiltinsModule.LenOf(Box(R[argStart], I[argStart]));
                                        res = uInt;
                                    }
                                }
                                else if (nat.Fast == PyNativeFunction.FastListPop)
                                {
                                    res = ListPopFast(R, I, argStart, argc);
                                }
                                else
                                {
                                    // The value as stored or the default as given: an int or float stays unboxed.
                                    PyDict d = R[argStart] as PyDict;
                                    if (d != null && (argc == 2 || argc == 3))
                                    {
                                        int e = d.EntryOf(Box(R[argStart + 1], I[argStart + 1]));
                                        if (e >= 0)
                                        {
                                            res = d.EntryValues[e];
                                            if (res == uInt || res == uFloat)
                                            {
                                                I[fslot] = d.EntryBits[e];
                                            }
                                        }
                                        else if (argc == 3)
                                        {
                                            res = R[argStart + 2];
                                            I[fslot] = I[argStart + 2];
                                        }
                                        else
                                        {
                                            res = pyNone;
                                        }
                                    }
                                }
                                if (res != null)
                                {
                                    goto callDone;
                                }
                            }
                            if (Scheduler.Pending != 0 || Interrupted)
                            {
                                f.Sp = sp;
                                Service();
                            }
                            PyInstance constructing = null;
                            if (pf == null && nat == null)
                            {
                                PyType ctype = func as PyType;
                                PyFunction init = ctype != null ? PlainInit(ctype) : null;
                                if (init != null)
                                {
                                    // C(args) for a plain user class with a Python __init__: run __init__ as an in-loop
                                    // frame (no host recursion) whose return value is replaced by the new instance,
                                    // which takes the place of the class (CALL_FUNCTION) or of the empty self slot.
                                    constructing = new PyInstance(ctype);
                                    argStart = argStart == fslot + 1 ? fslot : fslot + 1;
                                    R[argStart] = constructing;
                                    argc++;
                                    func = init;
                                    pf = init;
                                }
                            }
                            if (pf != null && kwc == 0)
                            {
                                CodeObject code = pf.Code;
                                if (code.Simple && !code.IsGenerator)
                                {
                                    int nargs = code.ArgCount;
                                    if (argc == nargs || (argc < nargs && pf.Defaults != null && argc >= nargs - pf.Defaults.Length))
                                    {
                                        // Enter the callee in place: its locals start at the first argument.
                                        // A caller on a generator's private arrays moves the arguments to the shared stack.
                                        object[] CR = R;
                                        long[] CI = I;
                                        int cbase = argStart;
                                        if (R != s_r)
                                        {
                                            CR = s_r;
                                            CI = s_i;
                                            cbase = s_top;
                                        }
                                        int nfast = code.NFast;
                                        int extent = cbase + nfast + code.StackSize + 2;
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
                                        if (argc != nargs)
                                        {
                                            object[] defs = pf.Defaults;
                                            for (int k = argc; k < nargs; k++)
                                            {
                                                CR[cbase + k] = defs[k - (nargs - defs.Length)];
                                            }
                                        }
                                        for (int k = nargs; k < nfast; k++)
                                        {
                                            CR[cbase + k] = null;
                                        }
                                        f.Pc = pc;
                                        f.Sp = fslot;
                                        // The callee's frame is the caller's child frame, kept from call to call:
                                        // no pool traffic, and its fields mostly hold these values already.
                                        nf = f.Child;
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
                                        if (nf.Globals != pf.Globals)
                                        {
                                            nf.Globals = pf.Globals;
                                        }
                                        if (nf.Refs != CR)
                                        {
                                            nf.Refs = CR;
                                            nf.Bits = CI;
                                        }
                                        nf.Base = cbase;
                                        if (nf.Func != pf)
                                        {
                                            nf.Func = pf;
                                        }
                                        // A new activation: its traceback id is taken when an exception passes it (Unwind).
                                        nf.Id = 0;
                                        if (code.NCells != 0)
                                        {
                                            nf.Cells = MakeCells(code, pf.Closure);
                                        }
                                        nf.RetSlot = fslot;
                                        if (constructing != null)
                                        {
                                            nf.Constructing = constructing;
                                        }
                                        nf.SavedTop = s_top;
                                        if (extent > s_top)
                                        {
                                            s_top = extent;
                                        }
                                        s_depth++;
                                        if (code.Compiled != null)
                                        {
                                            res = RunCompiled(f, nf, fslot);
                                            goto callDone;
                                        }
                                        f = nf;
                                        s_current = f;
                                        R = CR;
                                        I = CI;
                                        bc = code.Code;
                                        wd = code.Words;
                                        bas = cbase;
                                        sp = bas + nfast;
                                        pc = 0;
                                        continue;
                                    }
                                }
                            }
                            f.Pc = pc;
                            f.Sp = sp;
                            if (pf != null && !pf.Code.IsGenerator)
                            {
                                // General binding (keywords, *args, **kwargs, cells): a frame on a window at argStart.
                                nf = EnterBound(f, pf, fslot, argStart, argc, kwc, sp, constructing);
                                if (nf.Code.Compiled != null)
                                {
                                    res = RunCompiled(f, nf, fslot);
                                    goto callDone;
                                }
                                f = nf;
                                s_current = nf;
                                R = nf.Refs;
                                I = nf.Bits;
                                bc = nf.Code.Code;
                                wd = nf.Code.Words;
                                bas = nf.Base;
                                sp = nf.Sp;
                                pc = 0;
                                continue;
                            }
                            if (func == PyRange.TypeObject && kwc == 0)
                            {
                                res = RangeFromStack(R, I, argStart, argc, bc[pc] == Opcodes.GetIter && bc[pc + 1] == Opcodes.ForIter);
                            }
                            if (res == null)
                            {
                                res = nat != null ? CallNativeFromStack(nat, R, I, argStart, argc, kwc) : CallFromStack(func == R[fslot] ? Box(func, I[fslot]) : func, R, I, argStart, argc, kwc);
                            }
                        callDone:
                            if (s_current != f)
                            {
                                s_current = f;
                            }
                            for (int k = fslot + 1; k < sp; k++)
                            {
                                R[k] = null;
                            }
                            if (bc[pc] == Opcodes.PopTop)
                            {
                                // A call statement: the value is dropped here, without a dispatch.
                                R[fslot] = null;
                                sp = fslot;
                                pc++;
                                continue;
                            }
                            sp = fslot + 1;
#if NANOFRAMEWORK_1_0
                            R[fslot] = res;
#else
                            RefStore.Put(R, fslot, res);
#endif
                            continue;
                        }
                    case Opcodes.ReturnValue:
                        {
                            sp--;
                            rv = R[sp];
                            long rvi = I[sp];
                            Frame back = f.Back;
                            if (f == entry)
                            {
                                ExitFrame(f, sp);
                                return Box(rv, rvi);
                            }
                            if (f.Gen != null)
                            {
                                // An in-loop generator finished: the caller's FOR_ITER loop ends.
                                g = f.Gen;
                                ExitFrame(f, sp);
                                g.Finish(Box(rv, rvi));
                                f = back;
                                s_current = back;
                                R = f.Refs;
                                I = f.Bits;
                                bc = f.Code.Code;
                                wd = f.Code.Words;
                                bas = f.Base;
                                if (bc[f.Pc] == Opcodes.YieldFrom)
                                {
                                    // The delegated-to generator returned: its value is the value of yield from.
                                    sp = f.Sp;
                                    R[sp - 1] = rv;
                                    I[sp - 1] = rvi;
                                    pc = f.Pc + 1;
                                    continue;
                                }
                                sp = f.Sp - 1;
                                R[sp] = null;
                                pc = wd[f.Pc] >> 10;
                                continue;
                            }
                            if (f.Constructing != null)
                            {
                                if (rv != (object)pyNone)
                                {
                                    f.Pc = pc;
                                    throw Err.Type("__init__() should return None, not '" + Ops.TypeName(Box(rv, rvi)) + "'");
                                }
                                rv = f.Constructing;
                                f.Constructing = null;
                            }
                            int slot = f.RetSlot;
                            int top = f.SavedTop;
                            if (f.IsChild)
                            {
                                // ExitFrame for the frame of a simple in-loop call, without the call: clear the
                                // window (markers stay), release a loop's pooled range left on the value stack.
                                s_depth--;
                                CodeObject xc = f.Code;
                                int stack = bas + xc.NFast;
                                int end = stack + xc.StackSize;
                                if (end > R.Length)
                                {
                                    end = R.Length;
                                }
                                for (int k = bas; k < end; k++)
                                {
                                    o = R[k];
                                    if (o != null && o != uInt && o != uFloat)
                                    {
                                        R[k] = null;
                                        if (k >= stack)
                                        {
                                            pr = o as PyRange;
                                            if (pr != null && pr.Pooled)
                                            {
                                                ReleaseRange(pr);
                                            }
                                        }
                                    }
                                }
                                if (f.BCount != 0 || f.Handled != null || f.Cells != null)
                                {
                                    ReleaseCall(f);
                                }
                            }
                            else
                            {
                                ExitFrame(f, sp);
                            }
                            s_top = top;
                            f = back;
                            s_current = f;
                            R = f.Refs;
                            I = f.Bits;
                            bc = f.Code.Code;
                            wd = f.Code.Words;
                            bas = f.Base;
                            pc = f.Pc;
                            if (bc[pc] == Opcodes.PopTop)
                            {
                                // The call was a statement: its value is dropped here, without a dispatch.
                                R[slot] = null;
                                sp = slot;
                                pc++;
                                continue;
                            }
#if NANOFRAMEWORK_1_0
                            R[slot] = rv;
#else
                            RefStore.Put(R, slot, rv);
#endif
                            I[slot] = rvi;
                            sp = slot + 1;
                            continue;
                        }
                    case Opcodes.BuildTuple:
                        {
                            if (arg == 0xFFFF)
                            {
                                l = (PyList)R[sp - 1];
                                items = new object[l.Count];
                                System.Array.Copy(l.Items, items, l.Count);
                                R[sp - 1] = new PyTuple(items);
                                continue;
                            }
                            if (arg == 0)
                            {
                                R[sp++] = PyTuple.Empty;
                                continue;
                            }
                            if (bc[pc] == Opcodes.UnpackSequence && bc[pc + 1] == arg && bc[pc + 2] == 0)
                            {
                                // a, b = x, y: no tuple; the values are left reversed, as UNPACK_SEQUENCE would.
                                int lo = sp - arg;
                                int hi = sp - 1;
                                while (lo < hi)
                                {
                                    object t0 = R[lo];
                                    long i0 = I[lo];
                                    R[lo] = R[hi];
                                    I[lo] = I[hi];
                                    R[hi] = t0;
                                    I[hi] = i0;
                                    lo++;
                                    hi--;
                                }
                                pc += 3;
                                continue;
                            }
                            object[] t = new object[arg];
                            sp -= arg;
                            for (int k = 0; k < arg; k++)
                            {
                                t[k] = Box(R[sp + k], I[sp + k]);
                                R[sp + k] = null;
                            }
                            R[sp++] = new PyTuple(t);
                            continue;
                        }
                    case Opcodes.BuildList:
                        {
                            l = new PyList(arg < 4 ? 4 : arg);
                            sp -= arg;
                            for (int k = 0; k < arg; k++)
                            {
                                l.Append(Box(R[sp + k], I[sp + k]));
                                R[sp + k] = null;
                            }
                            R[sp++] = l;
                            continue;
                        }
                    case Opcodes.ListAppend:
                        {
                            sp--;
                            v = Box(R[sp], I[sp]);
                            R[sp] = null;
                            ((PyList)R[sp - arg]).Append(v);
                            continue;
                        }
                    case Opcodes.BinarySubscr:
                        {
                            if (R[sp - 1] == uInt)
                            {
                                // seq[i] with a small int index: no index box, no virtual GetItem.
                                object so = R[sp - 2];
                                idx = I[sp - 1];
                                items = null;
                                count = 0;
                                sl = so as PyList;
                                if (sl != null)
                                {
                                    items = sl.Items;
                                    count = sl.Count;
                                }
                                else
                                {
                                    PyTuple st = so as PyTuple;
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
                                        sp--;
                                        R[sp] = null;
#if NANOFRAMEWORK_1_0
                                        R[sp - 1] = items[(int)idx];
#else
                                        RefStore.Put(R, sp - 1, items[(int)idx]);
#endif
                                        continue;
                                    }
                                }
                            }
                            o = Box(R[sp - 2], I[sp - 2]);
                            key = Box(R[sp - 1], I[sp - 1]);
                            f.Sp = sp;
                            sd = o as PyDict;
                            if (sd != null)
                            {
                                // A dict value as stored: an int or float the VM stored stays unboxed.
                                int e = sd.EntryOf(key);
                                if (e >= 0)
                                {
                                    rv = sd.EntryValues[e];
                                    if (rv == uInt || rv == uFloat)
                                    {
                                        I[sp - 2] = sd.EntryBits[e];
                                    }
                                    sp--;
                                    R[sp] = null;
#if NANOFRAMEWORK_1_0
                                    R[sp - 1] = rv;
#else
                                    RefStore.Put(R, sp - 1, rv);
#endif
                                    continue;
                                }
                            }
                            v = Ops.GetItem(o, key);
                            sp--;
                            R[sp] = null;
#if NANOFRAMEWORK_1_0
                            R[sp - 1] = v;
#else
                            RefStore.Put(R, sp - 1, v);
#endif
                            continue;
                        }
                    case Opcodes.RaiseVarargs:
                        // A raise caught in this loop (by this frame or a caller's) jumps to the handler without
                        // a host exception: a .NET throw costs microseconds.
                        f.Pc = ip;
                        f.Sp = sp;
                        f = RaiseInLoop(f, entry, arg, sp);
                        s_current = f;
                        R = f.Refs;
                        I = f.Bits;
                        bc = f.Code.Code;
                        wd = f.Code.Words;
                        bas = f.Base;
                        pc = f.Pc;
                        sp = f.Sp;
                        continue;
                    case Opcodes.BuildSlice:
                        {
                            int fsp = FusedSlice(f, arg, sp, bc[pc]);
                            if (fsp >= 0)
                            {
                                sp = fsp;
                                pc++;
                                continue;
                            }
                            f.Pc = ip;
                            sp = RareOp(f, op, arg, sp, pc);
                            continue;
                        }
                    case Opcodes.StoreSubscr:
                        {
                            if (R[sp - 1] == uInt)
                            {
                                sl = R[sp - 2] as PyList;
                                if (sl != null)
                                {
                                    idx = I[sp - 1];
                                    if (idx < 0)
                                    {
                                        idx += sl.Count;
                                    }
                                    if (idx >= 0 && idx < sl.Count)
                                    {
#if NANOFRAMEWORK_1_0
                                        sl.Items[(int)idx] = Box(R[sp - 3], I[sp - 3]);
#else
                                        RefStore.Put(sl.Items, (int)idx, Box(R[sp - 3], I[sp - 3]));
#endif
                                        sp -= 3;
                                        R[sp] = null;
                                        R[sp + 1] = null;
                                        R[sp + 2] = null;
                                        continue;
                                    }
                                }
                            }
                            if (R[sp - 3] == s_sliceTempOut)
                            {
                                // A lent slice (see FusedSlice) that a store other than a list's slice assignment
                                // may keep: never lent again.
                                s_sliceTempOut = null;
                            }
                            key = Box(R[sp - 1], I[sp - 1]);
                            o = Box(R[sp - 2], I[sp - 2]);
                            f.Sp = sp;
                            sd = o as PyDict;
                            if (sd != null)
                            {
                                sd.SetRaw(key, R[sp - 3], I[sp - 3]);
                            }
                            else
                            {
                                Ops.SetItem(o, key, Box(R[sp - 3], I[sp - 3]));
                            }
                            sp -= 3;
                            R[sp] = null;
                            R[sp + 1] = null;
                            R[sp + 2] = null;
                            continue;
                        }
                    case Opcodes.UnpackSequence:
                        {
                            object seq = Box(R[sp - 1], I[sp - 1]);
                            f.Sp = sp;
                            tup = seq as PyTuple;
                            if (tup != null)
                            {
                                items = tup.Items;
                                count = items.Length;
                            }
                            else
                            {
                                lst = seq as PyList;
                                if (lst != null)
                                {
                                    items = lst.Items;
                                    count = lst.Count;
                                }
                                else
                                {
                                    items = UnpackIterable(seq, arg);
                                    count = items.Length;
                                }
                            }
                            if (count != arg)
                            {
                                throw count > arg
                                    ? Err.Value("too many values to unpack (expected " + Ops.IntToString(arg) + ")")
                                    : Err.Value("not enough values to unpack (expected " + Ops.IntToString(arg) + ", got " + Ops.IntToString(count) + ")");
                            }
                            sp--;
                            for (int k = 0; k < arg; k++)
                            {
                                R[sp + k] = items[arg - 1 - k];
                            }
                            sp += arg;
                            continue;
                        }
                    case Opcodes.Reraise:
                    case Opcodes.EndFinally:
                        {
                            PyBaseException e = (PyBaseException)R[--sp];
                            R[sp] = null;
                            throw new PyException(e);
                        }
                    case Opcodes.SetupExcept:
                        f.PushBlock(Frame.BlockExcept, arg, sp, null);
                        continue;
                    case Opcodes.SetupFinally:
                        f.PushBlock(Frame.BlockFinally, arg, sp, null);
                        continue;
                    case Opcodes.PopBlock:
                        f.BCount--;
                        f.BSaved[f.BCount] = null;
                        continue;
                    case Opcodes.PopExcept:
                        {
                            sp = f.PopExceptBlock(sp, 0);
                            continue;
                        }
                    case Opcodes.JumpIfNotExcMatch:
                        {
                            object type = R[--sp];
                            R[sp] = null;
                            PyBaseException e = (PyBaseException)R[--sp];
                            R[sp] = null;
                            f.Sp = sp;
                            if (!ExceptionMatches(e, type))
                            {
                                pc = arg;
                            }
                            continue;
                        }
                    case Opcodes.YieldValue:
                        {
                            sp--;
                            if (f != entry)
                            {
                                // Resumed in-loop: the value goes to the FOR_ITER's slot as it is.
                                object yr = R[sp];
                                long yi = I[sp];
                                R[sp] = null;
                                f.Pc = pc;
                                f.Sp = sp;
                                f.Yielded = true;
                                f.Gen.Running = false;
                                s_depth--;
                                // HandOut inline for a consumer that is not delegating (yield from) itself.
                                to = f.Back;
                                if (to.Code.Code[to.Pc] != Opcodes.YieldFrom)
                                {
                                    int yslot = f.RetSlot;
#if NANOFRAMEWORK_1_0
                                    to.Refs[yslot] = yr;
#else
                                    RefStore.Put(to.Refs, yslot, yr);
#endif
                                    to.Bits[yslot] = yi;
                                    to.Sp = yslot + 1;
                                }
                                else
                                {
                                    to = HandOut(f, entry, yr, yi);
                                }
                                if (to == null)
                                {
                                    if (entry.RawYield)
                                    {
                                        YieldedBits = yi;
                                        return yr;
                                    }
                                    return Box(yr, yi);
                                }
                                f = to;
                                s_current = to;
                                R = f.Refs;
                                I = f.Bits;
                                bc = f.Code.Code;
                                wd = f.Code.Words;
                                bas = f.Base;
                                pc = f.Pc + 3;
                                sp = f.Sp;
                                continue;
                            }
                            v = R[sp];
                            if (f.RawYield)
                            {
                                YieldedBits = I[sp];
                            }
                            else
                            {
                                v = Box(v, I[sp]);
                            }
                            R[sp] = null;
                            f.Pc = pc;
                            f.Sp = sp;
                            f.Yielded = true;
                            s_depth--;
                            return v;
                        }
                    case Opcodes.YieldFrom:
                        {
                            v = Box(R[sp - 1], I[sp - 1]);
                            it = R[sp - 2];
                            f.Sp = sp;
                            PyGenerator sub = it as PyGenerator;
                            if (sub != null && v == pyNone && !sub.Running && !sub.Finished && s_depth < MaxDepth && sub.Body == null)
                            {
                                // Delegate in-loop: the sub-generator's frame runs here; its yields pass through
                                // this frame (suspended at YIELD_FROM) to our consumer, its return ends the yield from.
                                sp--;
                                R[sp] = null;
                                f.Pc = pc - 1;
                                f.Sp = sp;
                                gf = EnterGenerator(sub, f, sp);
                                f = gf;
                                s_current = gf;
                                R = gf.Refs;
                                I = gf.Bits;
                                bc = gf.Code.Code;
                                wd = gf.Code.Words;
                                bas = gf.Base;
                                pc = gf.Pc;
                                sp = gf.Sp;
                                continue;
                            }
                            object r = YieldFromStep(it, v);
                            s_current = f;
                            if (r == null)
                            {
                                sp -= 2;
                                R[sp + 1] = null;
                                R[sp++] = s_yieldFromResult;
                                s_yieldFromResult = null;
                                continue;
                            }
                            // Suspend; on resume the sent value is pushed and YIELD_FROM runs again.
                            sp--;
                            R[sp] = null;
                            f.Pc = pc - 1;
                            f.Sp = sp;
                            f.Yielded = true;
                            s_depth--;
                            if (f != entry)
                            {
                                f.Gen.Running = false;
                                to = HandOut(f, entry, r, 0);
                                if (to == null)
                                {
                                    return r;
                                }
                                f = to;
                                s_current = to;
                                R = f.Refs;
                                I = f.Bits;
                                bc = f.Code.Code;
                                wd = f.Code.Words;
                                bas = f.Base;
                                pc = f.Pc + 3;
                                sp = f.Sp;
                                continue;
                            }
                            return r;
                        }
                    case Opcodes.Nop:
                        continue;
                    default:
                        // Rarely executed instructions live in RareOp, which keeps this method's frame small.
                        f.Pc = ip;
                        sp = RareOp(f, op, arg, sp, pc);
                        continue;
                }
            }
            }
            catch (System.Exception)
            {
                // Unwinding starts at f's current instruction (the loop's frame switches all come right before
                // a continue, so f is the frame of instruction ip).
                f.Pc = ip;
                throw;
            }
        }

        /// <summary>c's __init__ when c(args) can run it as an in-loop frame: a plain user class (no metaclass, no
        /// native base, no __new__ in Python) whose __init__ is a Python function and not a generator; else null.</summary>
        private static PyFunction PlainInit(PyType c)
        {
            if (!c.IsUser || c.MetaClass != null || c.NativeBase != PyType.ObjectType)
            {
                return null;
            }
            PyFunction init = c.Lookup("__init__") as PyFunction;
            if (init == null || init.Code.IsGenerator)
            {
                return null;
            }
            object newFn = c.Lookup("__new__");
            return newFn is PyFunction || newFn is PyStaticMethod ? null : init;
        }

        /// <summary>Resumes generator g in-loop for frame 'from' (at FOR_ITER or YIELD_FROM; a yielded value goes
        /// to its slot 'slot'): next() semantics, the new frame to run.</summary>
        private static Frame EnterGenerator(PyGenerator g, Frame from, int slot)
        {
            Frame gf = g.Frame;
            if (g.Started)
            {
                gf.Refs[gf.Sp] = PyNone.None;
                gf.Sp++;
            }
            g.Started = true;
            g.Running = true;
            gf.Yielded = false;
            gf.Back = from;
            gf.RetSlot = slot;
            gf.SavedTop = s_top;
            s_depth++;
            return gf;
        }

        /// <summary>
        /// Generator frame f, resumed in-loop, has suspended with a value: passes it through the delegating frames
        /// (suspended at YIELD_FROM, they suspend too) to the FOR_ITER that resumed the chain, whose frame is returned
        /// with the value pushed; null when the chain reaches entry (the loop then returns the value).
        /// </summary>
        private static Frame HandOut(Frame f, Frame entry, object yr, long yi)
        {
            Frame y = f;
            Frame back = f.Back;
            while (back.Code.Code[back.Pc] == Opcodes.YieldFrom)
            {
                back.Yielded = true;
                s_depth--;
                if (back == entry)
                {
                    return null;
                }
                back.Gen.Running = false;
                y = back;
                back = back.Back;
            }
            int slot = y.RetSlot;
            back.Refs[slot] = yr;
            back.Bits[slot] = yi;
            back.Sp = slot + 1;
            return back;
        }

        /// <summary>Leaves frame f: clears its stack window and returns it to the pool.</summary>
#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        private static void ExitFrame(Frame f, int sp)
        {
            s_depth--;
            object[] r = f.Refs;
            int end = f.Base + f.Code.NFast + f.Code.StackSize;
            if (end > r.Length)
            {
                end = r.Length;
            }
            if (f.Gen == null)
            {
                object uInt = Unboxed.Int;
                object uFloat = Unboxed.Float;
                // A loop's pooled range sits on the value stack, never in a local: only those slots are tested.
                int stack = f.Base + f.Code.NFast;
                for (int k = f.Base; k < end; k++)
                {
                    // Markers hold no object; left in place, the next call's arguments often need no store.
                    object o = r[k];
                    if (o != null && o != uInt && o != uFloat)
                    {
                        r[k] = null;
                        if (k >= stack)
                        {
                            PyRange pr = o as PyRange;
                            if (pr != null && pr.Pooled)
                            {
                                // A return from inside a range loop.
                                ReleaseRange(pr);
                            }
                        }
                    }
                }
                if (f.IsChild)
                {
                    ReleaseCall(f);
                }
                else
                {
                    FreeFrame(f);
                }
            }
            else
            {
                f.Sp = sp;
            }
        }
    }
}
