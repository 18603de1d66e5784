using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>
        /// The instructions that seldom run in loops (building sets/maps/slices, imports, with/async setup, deletes,
        /// function creation): kept out of Loop so that its frame (locals zeroed on every entry, also by nanoCLR)
        /// and register pressure stay small. f.Pc is the instruction, pc the next one; returns the new sp.
        /// </summary>
        /// <summary>IncFast on anything but an unboxed int or float: the operator as written (+= or -=, so
        /// __iadd__/__isub__ run), or the unbound-local error.</summary>
        private static void IncFastSlow(Frame f, int slot, int arg)
        {
            object v = f.Refs[slot];
            if (v == null)
            {
                throw Err.UnboundLocal(f.Code.FastNames[slot - f.Base]);
            }
            object res = Ops.InplaceOp((arg & 0x8000) != 0 ? PyOp.Sub : PyOp.Add, Box(v, f.Bits[slot]), PyInt.Create((arg << 17) >> 25));
            f.Refs[slot] = res;
            f.Bits[slot] = 0;
        }

        private static int RareOp(Frame f, byte op, int arg, int sp, int pc)
        {
            object[] R = f.Refs;
            long[] I = f.Bits;
            switch (op)
            {
                case Opcodes.DeleteGlobal:
                    if (!f.Globals.Remove(f.Names[arg]))
                    {
                        throw Err.Name(f.Names[arg]);
                    }
                    return sp;
                case Opcodes.DeleteName:
                    if (!(f.Locals ?? f.Globals).Remove(f.Names[arg]))
                    {
                        throw Err.Name(f.Names[arg]);
                    }
                    return sp;
                case Opcodes.LoadClassDeref:
                    {
                        string name = f.Code.CellNames[arg];
                        object v = f.Locals != null ? f.Locals.GetStr(name) : null;
                        if (v == null)
                        {
                            v = f.Cells[arg].Value;
                            if (v == null)
                            {
                                throw FreeVarError(f, arg);
                            }
                        }
                        R[sp++] = v;
                        return sp;
                    }
                case Opcodes.DeleteDeref:
                    if (f.Cells[arg].Value == null)
                    {
                        throw FreeVarError(f, arg);
                    }
                    f.Cells[arg].Value = null;
                    return sp;
                case Opcodes.DeleteAttr:
                    {
                        sp--;
                        object o = Box(R[sp], I[sp]);
                        R[sp] = null;
                        Ops.DelAttr(o, f.Names[arg]);
                        return sp;
                    }
                case Opcodes.CallFunctionEx:
                    {
                        PyDict kw = null;
                        if ((arg & 1) != 0)
                        {
                            kw = (PyDict)R[--sp];
                            R[sp] = null;
                        }
                        object args = Box(R[--sp], I[sp]);
                        R[sp] = null;
                        object func = Box(R[sp - 1], I[sp - 1]);
                        f.Pc = pc;
                        f.Sp = sp;
                        R[sp - 1] = CallEx(func, args, kw);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.BuildSet:
                    {
                        PySet s = new PySet();
                        sp -= arg;
                        f.Sp = sp + arg;
                        for (int k = 0; k < arg; k++)
                        {
                            s.Add(Box(R[sp + k], I[sp + k]));
                            R[sp + k] = null;
                        }
                        R[sp++] = s;
                        return sp;
                    }
                case Opcodes.BuildMap:
                    {
                        PyDict d = new PyDict();
                        sp -= 2 * arg;
                        f.Sp = sp + 2 * arg;
                        for (int k = 0; k < arg; k++)
                        {
                            d.Set(Box(R[sp + 2 * k], I[sp + 2 * k]), Box(R[sp + 2 * k + 1], I[sp + 2 * k + 1]));
                            R[sp + 2 * k] = null;
                            R[sp + 2 * k + 1] = null;
                        }
                        R[sp++] = d;
                        return sp;
                    }
                case Opcodes.BuildSlice:
                    {
                        object step = PyNone.None;
                        if ((arg & 0xFF) == 3)
                        {
                            step = Box(R[--sp], I[sp]);
                            R[sp] = null;
                        }
                        object stop = Box(R[--sp], I[sp]);
                        R[sp] = null;
                        object start = Box(R[sp - 1], I[sp - 1]);
                        R[sp - 1] = new PySlice(start, stop, step);
                        return sp;
                    }
                case Opcodes.SetAdd:
                    {
                        sp--;
                        object v = Box(R[sp], I[sp]);
                        R[sp] = null;
                        f.Sp = sp;
                        ((PySet)R[sp - arg]).Add(v);
                        return sp;
                    }
                case Opcodes.MapAdd:
                    {
                        sp -= 2;
                        object k = Box(R[sp], I[sp]);
                        object v = Box(R[sp + 1], I[sp + 1]);
                        R[sp] = null;
                        R[sp + 1] = null;
                        f.Sp = sp;
                        ((PyDict)R[sp - arg]).Set(k, v);
                        return sp;
                    }
                case Opcodes.MapMergeKw:
                    {
                        sp -= 2;
                        object k = R[sp];
                        object v = Box(R[sp + 1], I[sp + 1]);
                        R[sp] = null;
                        R[sp + 1] = null;
                        PyDict d = (PyDict)R[sp - arg];
                        if (d.Get(k) != null)
                        {
                            throw Err.Type("keyword argument repeated: " + (string)k);
                        }
                        d.Set(k, v);
                        return sp;
                    }
                case Opcodes.ListExtend:
                    {
                        sp--;
                        object v = Box(R[sp], I[sp]);
                        R[sp] = null;
                        f.Sp = sp;
                        PyList l = (PyList)R[sp - arg];
                        object[] items = Ops.ToArray(v);
                        for (int k = 0; k < items.Length; k++)
                        {
                            l.Append(items[k]);
                        }
                        return sp;
                    }
                case Opcodes.SetUpdate:
                    {
                        sp--;
                        object v = Box(R[sp], I[sp]);
                        R[sp] = null;
                        f.Sp = sp;
                        PySet s = (PySet)R[sp - arg];
                        object[] items = Ops.ToArray(v);
                        for (int k = 0; k < items.Length; k++)
                        {
                            s.Add(items[k]);
                        }
                        return sp;
                    }
                case Opcodes.DictMerge:
                    {
                        sp--;
                        object v = Box(R[sp], I[sp]);
                        R[sp] = null;
                        f.Sp = sp;
                        MergeInto((PyDict)R[sp - 1], v, arg == 1);
                        return sp;
                    }
                case Opcodes.DeleteSubscr:
                    {
                        object key = Box(R[sp - 1], I[sp - 1]);
                        object o = Box(R[sp - 2], I[sp - 2]);
                        f.Sp = sp;
                        Ops.DelItem(o, key);
                        sp -= 2;
                        R[sp] = null;
                        R[sp + 1] = null;
                        return sp;
                    }
                case Opcodes.UnpackEx:
                    {
                        int before = arg & 0xFF;
                        int after = arg >> 8;
                        object seq = Box(R[sp - 1], I[sp - 1]);
                        f.Sp = sp;
                        object[] items = Ops.ToArray(seq);
                        if (items.Length < before + after)
                        {
                            throw Err.Value("not enough values to unpack (expected at least " + Ops.IntToString(before + after) + ", got " + Ops.IntToString(items.Length) + ")");
                        }
                        sp--;
                        int total = before + after + 1;
                        // Pushed so that the first target's value ends on top.
                        int w = sp + total - 1;
                        for (int k = 0; k < before; k++)
                        {
                            R[w--] = items[k];
                        }
                        int midLen = items.Length - before - after;
                        PyList mid = new PyList(midLen < 4 ? 4 : midLen);
                        for (int k = 0; k < midLen; k++)
                        {
                            mid.Append(items[before + k]);
                        }
                        R[w--] = mid;
                        for (int k = 0; k < after; k++)
                        {
                            R[w--] = items[before + midLen + k];
                        }
                        sp += total;
                        return sp;
                    }
                case Opcodes.MakeFunction:
                    {
                        CodeObject code = (CodeObject)R[--sp];
                        R[sp] = null;
                        PyFunction fn = new PyFunction(code, f.Globals);
                        if ((arg & 4) != 0)
                        {
                            object[] cl = ((PyTuple)R[--sp]).Items;
                            R[sp] = null;
                            PyCell[] cells = new PyCell[cl.Length];
                            for (int k = 0; k < cl.Length; k++)
                            {
                                cells[k] = (PyCell)cl[k];
                            }
                            fn.Closure = cells;
                        }
                        if ((arg & 2) != 0)
                        {
                            fn.KwDefaults = (PyDict)R[--sp];
                            R[sp] = null;
                        }
                        if ((arg & 1) != 0)
                        {
                            fn.Defaults = ((PyTuple)R[--sp]).Items;
                            R[sp] = null;
                        }
                        fn.Direct = DirectBody(code, fn.Closure);
                        R[sp++] = fn;
                        return sp;
                    }
                case Opcodes.LoadBuildClass:
                    {
                        // builtins.__build_class__ may have been replaced (as in CPython and MicroPython).
                        object bcf = Interp.Current.BuiltinsDict.GetStr("__build_class__");
                        R[sp++] = bcf != null && !(bcf is PyNativeFunction) ? bcf : BuildClassFunction.Instance;
                    }
                    return sp;
                case Opcodes.LoadAssertionError:
                    R[sp++] = PyExc.AssertionError;
                    return sp;
                case Opcodes.SetupWith:
                    {
                        object mgr = Box(R[sp - 1], I[sp - 1]);
                        f.Sp = sp;
                        object exit = Ops.GetAttrOrNull(mgr, "__exit__");
                        object enter = Ops.GetAttrOrNull(mgr, "__enter__");
                        if (enter == null || exit == null)
                        {
                            throw Err.Attribute(enter == null ? "__enter__" : "__exit__");
                        }
                        R[sp - 1] = exit;
                        object v = Ops.Call0(enter);
                        s_current = f;
                        f.PushBlock(Frame.BlockWith, arg, sp, null);
                        R[sp++] = v;
                        return sp;
                    }
                case Opcodes.WithExitNormal:
                    {
                        object exit = R[--sp];
                        R[sp] = null;
                        f.Pc = pc;
                        f.Sp = sp;
                        Ops.Call3(exit, PyNone.None, PyNone.None, PyNone.None);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.WithExitExc:
                    {
                        PyBaseException e = (PyBaseException)R[sp - 1];
                        object exit = R[sp - 2];
                        f.Sp = sp;
                        object r = Ops.Call3(exit, e.Type, e, PyNone.None);
                        s_current = f;
                        if (!Ops.IsTrue(r))
                        {
                            throw new PyException(e);
                        }
                        sp = f.PopExceptBlock(sp, 1);
                        return sp;
                    }
                case Opcodes.GetYieldFromIter:
                    {
                        object o = Box(R[sp - 1], I[sp - 1]);
                        if (!(o is PyGenerator))
                        {
                            f.Sp = sp;
                            R[sp - 1] = Ops.GetIter(o);
                        }
                        return sp;
                    }
                case Opcodes.ImportName:
                    {
                        object fromlist = R[--sp];
                        R[sp] = null;
                        long level = Box(R[sp - 1], I[sp - 1]) is PyInt ? ((PyInt)Box(R[sp - 1], I[sp - 1])).Value : 0;
                        f.Pc = pc;
                        f.Sp = sp;
                        bool hasFrom = fromlist != PyNone.None && Ops.IsTrue(fromlist);
                        R[sp - 1] = Interp.Current.Import(f.Names[arg], f.Globals, hasFrom, (int)level);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.ImportFrom:
                    {
                        object mod = R[sp - 1];
                        f.Sp = sp;
                        R[sp++] = ImportFromModule(mod, f.Names[arg]);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.ImportStar:
                    {
                        object mod = R[--sp];
                        R[sp] = null;
                        f.Sp = sp;
                        ImportStar(mod, f.Locals ?? f.Globals);
                        return sp;
                    }
                case Opcodes.PrintExpr:
                    {
                        object v = Box(R[--sp], I[sp]);
                        R[sp] = null;
                        f.Sp = sp;
                        if (v != PyNone.None)
                        {
                            Interp.Current.Builtins.Dict.SetStr("_", v);
                            Interp.Current.Write(Ops.Repr(v) + "\n");
                        }
                        return sp;
                    }
                case Opcodes.BeforeAsyncWith:
                    {
                        object mgr = Box(R[sp - 1], I[sp - 1]);
                        f.Sp = sp;
                        object aexit = Ops.GetAttrOrNull(mgr, "__aexit__");
                        object aenter = Ops.GetAttrOrNull(mgr, "__aenter__");
                        if (aenter == null || aexit == null)
                        {
                            throw Err.Attribute(aenter == null ? "__aenter__" : "__aexit__");
                        }
                        R[sp - 1] = aexit;
                        R[sp++] = Ops.Call0(aenter);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.SetupAsyncWith:
                    f.PushBlock(Frame.BlockWith, arg, sp - 1, null);
                    return sp;
                case Opcodes.AsyncExitNormal:
                    {
                        object exit = R[sp - 1];
                        f.Pc = pc;
                        f.Sp = sp;
                        R[sp - 1] = Ops.Call3(exit, PyNone.None, PyNone.None, PyNone.None);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.AsyncExitExc:
                    {
                        PyBaseException e = (PyBaseException)R[sp - 1];
                        object exit = R[sp - 2];
                        f.Sp = sp;
                        R[sp++] = Ops.Call3(exit, e.Type, e, PyNone.None);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.AsyncExitCheck:
                    {
                        object r = Box(R[--sp], I[sp]);
                        R[sp] = null;
                        PyBaseException e = (PyBaseException)R[sp - 1];
                        if (!Ops.IsTrue(r))
                        {
                            throw new PyException(e);
                        }
                        sp = f.PopExceptBlock(sp, 1);
                        return sp;
                    }
                case Opcodes.GetAIter:
                    {
                        object o = Box(R[sp - 1], I[sp - 1]);
                        f.Sp = sp;
                        object ai = Ops.CallMethod0(o, "__aiter__");
                        R[sp - 1] = ai is PyGenerator ? ai : new PyDoneAwaitable(ai);
                        s_current = f;
                        return sp;
                    }
                case Opcodes.GetANext:
                    {
                        object o = R[sp - 1];
                        f.Sp = sp;
                        R[sp++] = Ops.CallMethod0(o, "__anext__");
                        s_current = f;
                        return sp;
                    }
                default:
                    throw Err.Make(PyExc.SystemError, "bad opcode " + Ops.IntToString(op));
            }
        }
    }
}
