using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>
        /// Binds call arguments (args[offset..offset+argc) positional, then kwc name/value pairs) to the parameters of
        /// fn in frame f's locals window, with defaults, *args and **kwargs; CPython's error messages.
        /// </summary>
        internal static void BindArgs(PyFunction fn, Frame f, object[] args, int offset, int argc, int kwc)
        {
            CodeObject code = fn.Code;
            object[] r = f.Refs;
            int bas = f.Base;
            int nargs = code.ArgCount;
            int nkwonly = code.KwOnlyCount;
            for (int k = 0; k < code.NFast; k++)
            {
                r[bas + k] = null;
            }
            int npos = argc < nargs ? argc : nargs;
            for (int k = 0; k < npos; k++)
            {
                r[bas + k] = args[offset + k];
            }
            int slot = nargs + nkwonly;
            if (code.VarArgs)
            {
                int extra = argc - npos;
                if (extra <= 0)
                {
                    r[bas + slot] = PyTuple.Empty;
                }
                else
                {
                    object[] t = new object[extra];
                    System.Array.Copy(args, offset + npos, t, 0, extra);
                    r[bas + slot] = new PyTuple(t);
                }
                slot++;
            }
            else if (argc > nargs)
            {
                throw TooMany(fn, argc, kwc, args, offset);
            }
            PyDict kwdict = null;
            if (code.VarKw)
            {
                kwdict = new PyDict();
                r[bas + slot] = kwdict;
            }
            string[] pnames = code.ParamNames;
            for (int k = 0; k < kwc; k++)
            {
                string name = args[offset + argc + 2 * k] as string;
                object value = args[offset + argc + 2 * k + 1];
                int idx = -1;
                for (int j = 0; j < pnames.Length; j++)
                {
                    if ((object)pnames[j] == (object)name || pnames[j] == name)
                    {
                        idx = j;
                        break;
                    }
                }
                if (idx < 0)
                {
                    if (kwdict == null)
                    {
                        throw Err.Type(fn.Name + "() got an unexpected keyword argument '" + name + "'");
                    }
                    if (kwdict.GetStr(name) != null)
                    {
                        throw Err.Type(fn.Name + "() got multiple values for keyword argument '" + name + "'");
                    }
                    kwdict.SetStr(name, value);
                    continue;
                }
                if (r[bas + idx] != null)
                {
                    throw Err.Type(fn.Name + "() got multiple values for argument '" + name + "'");
                }
                r[bas + idx] = value;
            }
            // Defaults and missing arguments.
            object[] defaults = fn.Defaults;
            int ndef = defaults == null ? 0 : defaults.Length;
            int missing = 0;
            for (int k = 0; k < nargs; k++)
            {
                if (r[bas + k] == null)
                {
                    int d = k - (nargs - ndef);
                    if (d >= 0)
                    {
                        r[bas + k] = defaults[d];
                    }
                    else
                    {
                        missing++;
                    }
                }
            }
            if (missing > 0)
            {
                throw Missing(fn, pnames, 0, nargs, missing, "positional", r, bas);
            }
            missing = 0;
            for (int k = nargs; k < nargs + nkwonly; k++)
            {
                if (r[bas + k] == null)
                {
                    object d = fn.KwDefaults != null ? fn.KwDefaults.GetStr(pnames[k]) : null;
                    if (d != null)
                    {
                        r[bas + k] = d;
                    }
                    else
                    {
                        missing++;
                    }
                }
            }
            if (missing > 0)
            {
                throw Missing(fn, pnames, nargs, nargs + nkwonly, missing, "keyword-only", r, bas);
            }
        }

        private static PyException TooMany(PyFunction fn, int argc, int kwc, object[] args, int offset)
        {
            CodeObject code = fn.Code;
            int ndef = fn.Defaults == null ? 0 : fn.Defaults.Length;
            int min = code.ArgCount - ndef;
            string takes;
            if (ndef > 0)
            {
                takes = "from " + Ops.IntToString(min) + " to " + Ops.IntToString(code.ArgCount) + " positional arguments";
            }
            else
            {
                takes = Ops.IntToString(code.ArgCount) + " positional argument" + (code.ArgCount == 1 ? "" : "s");
            }
            return Err.Type(fn.Name + "() takes " + takes + " but " + Ops.IntToString(argc) + (argc == 1 ? " was" : " were") + " given");
        }

        private static PyException Missing(PyFunction fn, string[] pnames, int from, int to, int count, string kind, object[] r, int bas)
        {
            StrBuf sb = new StrBuf();
            sb.Append(fn.Name).Append("() missing ").Append(Ops.IntToString(count)).Append(" required ").Append(kind).Append(" argument").Append(count == 1 ? ": " : "s: ");
            int seen = 0;
            for (int k = from; k < to; k++)
            {
                if (r[bas + k] == null)
                {
                    if (seen > 0)
                    {
                        sb.Append(count == 2 ? " and " : seen == count - 1 ? ", and " : ", ");
                    }
                    sb.Append('\'').Append(pnames[k]).Append('\'');
                    seen++;
                }
            }
            return Err.Type(sb.ToString());
        }

        /// <summary>A call of pf with general argument binding (keywords, *args, **kwargs, defaults, cells) from the
        /// stack of f (callee slot fslot, arguments from argStart, stack top sp): the new frame, linked to f.</summary>
        private static Frame EnterBound(Frame f, PyFunction pf, int fslot, int argStart, int argc, int kwc, int sp, PyInstance constructing)
        {
            object[] R = f.Refs;
            long[] I = f.Bits;
            CodeObject code = pf.Code;
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
            int nb = argc + 2 * kwc;
            object[] tmp = Ops.RentArgs(nb);
            for (int k = 0; k < nb; k++)
            {
                tmp[k] = Box(R[argStart + k], I[argStart + k]);
            }
            Frame nf = NewFrame();
            SetupFrame(nf, code, pf.Globals, null, CR, CI, cbase);
            nf.Func = pf;
            try
            {
                BindArgs(pf, nf, tmp, 0, argc, kwc);
            }
            catch
            {
                FreeFrame(nf);
                throw;
            }
            finally
            {
                Ops.ReturnArgs(tmp, nb);
            }
            for (int k = cbase != argStart ? argStart : argStart + code.NFast; k < sp; k++)
            {
                R[k] = null;
            }
            nf.Cells = MakeCells(code, pf.Closure);
            if (nf.Cells != null)
            {
                FillParamCells(nf);
            }
            f.Sp = fslot;
            nf.Back = f;
            nf.RetSlot = fslot;
            nf.Constructing = constructing;
            nf.SavedTop = s_top;
            if (extent > s_top)
            {
                s_top = extent;
            }
            s_depth++;
            return nf;
        }

        /// <summary>list.pop() and list.pop(i) without the argument array, as compiled code pops (CListPop, which
        /// takes anything off the plain path to the list's own pop); null when the general call must run (not a list,
        /// a wrong argument count: it raises there).</summary>
        private static object ListPopFast(object[] r, long[] i, int start, int argc)
        {
            PyList l = r[start] as PyList;
            if (l == null || argc < 1 || argc > 2)
            {
                return null;
            }
            return argc == 1 ? CListPop(l, 0, null, 0) : CListPop(l, 1, r[start + 1], i[start + 1]);
        }

        /// <summary>range() of int arguments, built without the argument array and the constructor's parsing; null
        /// when the general call must run (other argument types, a zero step, a wrong count: it raises there).
        /// loop: the range goes straight into a for loop's GET_ITER/FOR_ITER, so it may come from the pool.</summary>
        private static PyRange RangeFromStack(object[] r, long[] i, int start, int argc, bool loop)
        {
            if (argc < 1 || argc > 3)
            {
                return null;
            }
            long a = 0;
            long b = 0;
            long c = 1;
            for (int k = 0; k < argc; k++)
            {
                object o = r[start + k];
                long v;
                if (o == Unboxed.Int)
                {
                    v = i[start + k];
                }
                else
                {
                    PyInt pi = o as PyInt;
                    if (pi == null)
                    {
                        return null;
                    }
                    v = pi.Value;
                }
                if (k == 0)
                {
                    a = v;
                }
                else if (k == 1)
                {
                    b = v;
                }
                else
                {
                    c = v;
                }
            }
            if (argc == 1)
            {
                b = a;
                a = 0;
            }
            else if (c == 0)
            {
                return null;
            }
            if (!loop)
            {
                return new PyRange(a, b, c);
            }
            if (s_rangePoolCount == 0)
            {
                // A for loop's range is the VM's pooled counter (MicroPython compiles such a loop without any heap
                // object): it does not count against a heap held by gc.disable().
                long held = HeapHold.Pause();
                PyRange nr = new PyRange(a, b, c);
                HeapHold.Resume(held);
                nr.Pooled = true;
                return nr;
            }
            PyRange rg = s_rangePool[--s_rangePoolCount];
            s_rangePool[s_rangePoolCount] = null;
            rg.Start = a;
            rg.Stop = b;
            rg.Step = c;
            return rg;
        }

        /// <summary>Ranges of finished for loops: the range a loop header builds is seen by nothing but that loop's
        /// stack slot, so the next loop can take it again (range(n) in a loop then allocates nothing).</summary>
        private static readonly PyRange[] s_rangePool = new PyRange[8];
        private static int s_rangePoolCount;

        private static void ReleaseRange(PyRange rg)
        {
            if (s_rangePoolCount < s_rangePool.Length)
            {
                s_rangePool[s_rangePoolCount++] = rg;
            }
        }

        /// <summary>Calls any callable with arguments taken (boxed) from the stack.</summary>
        private static object CallFromStack(object func, object[] r, long[] i, int start, int argc, int kwc)
        {
            int n = argc + 2 * kwc;
            object[] a = Ops.RentArgs(n);
            try
            {
                for (int k = 0; k < n; k++)
                {
#if NANOFRAMEWORK_1_0
                    a[k] = Box(r[start + k], i[start + k]);
#else
                    RefStore.Put(a, k, Box(r[start + k], i[start + k]));
#endif
                }
                return Ops.Call(func, a, argc, kwc);
            }
            finally
            {
                Ops.ReturnArgs(a, n);
            }
        }

        /// <summary>CallFromStack for a native function: straight to its table, without the callable dispatch.</summary>
        private static object CallNativeFromStack(PyNativeFunction nat, object[] r, long[] i, int start, int argc, int kwc)
        {
            int n = argc + 2 * kwc;
            object[] a = Ops.RentArgs(n);
            try
            {
                for (int k = 0; k < n; k++)
                {
#if NANOFRAMEWORK_1_0
                    a[k] = Box(r[start + k], i[start + k]);
#else
                    RefStore.Put(a, k, Box(r[start + k], i[start + k]));
#endif
                }
                return nat.Table.Call(nat.Id, a, argc, kwc);
            }
            finally
            {
                Ops.ReturnArgs(a, n);
            }
        }

        /// <summary>Calls func(*args, **kwargs) with a list/tuple and an optional dict.</summary>
        private static object CallEx(object func, object argsObj, PyDict kwargs)
        {
            object[] pos = Ops.ToArray(argsObj);
            int kwc = kwargs == null ? 0 : kwargs.Count;
            object[] a = new object[pos.Length + 2 * kwc];
            System.Array.Copy(pos, a, pos.Length);
            if (kwc > 0)
            {
                int k = pos.Length;
                for (int it = kwargs.NextEntry(-1); it >= 0; it = kwargs.NextEntry(it))
                {
                    object key = kwargs.KeyAt(it);
                    if (!(key is string))
                    {
                        throw Err.Type("keywords must be strings");
                    }
                    a[k++] = key;
                    a[k++] = kwargs.ValueAt(it);
                }
            }
            return Ops.Call(func, a, pos.Length, kwc);
        }

        /// <summary>__build_class__(body, name, *bases, metaclass=..., **kw).</summary>
        internal static object BuildClass(object[] args, int argc, int kwc)
        {
            if (argc < 2)
            {
                throw Err.Type("__build_class__: not enough arguments");
            }
            PyFunction body = args[0] as PyFunction;
            string name = args[1] as string;
            if (body == null || name == null)
            {
                throw Err.Type("__build_class__: func must be a function and name a string");
            }
            object[] bases = new object[argc - 2];
            System.Array.Copy(args, 2, bases, 0, bases.Length);
            for (int k = 0; k < bases.Length; k++)
            {
                PyType bt = bases[k] as PyType;
                if (bt == PyFunction.TypeObject || bt == PyGenerator.TypeObject || bt == PyBool.TypeObject
                    || bt == PyNone.TypeObject)
                {
                    throw Err.Type("type '" + bt.Name + "' is not an acceptable base type");
                }
            }
            object meta = null;
            for (int k = 0; k < kwc; k++)
            {
                if ((string)args[argc + 2 * k] == "metaclass")
                {
                    meta = args[argc + 2 * k + 1];
                }
            }
            PyDict ns = new PyDict();
            object modName = body.Globals.GetStr("__name__");
            if (modName != null)
            {
                ns.SetStr("__module__", modName);
            }
            ns.SetStr("__qualname__", name);
            object cell = RunClassBody(body, ns);
            PyTuple basesTuple = new PyTuple(bases);
            object cls;
            PyType metaType = meta as PyType;
            if (meta != null && (metaType == null || metaType.IsUser))
            {
                cls = Ops.Call3(meta, name, basesTuple, ns);
            }
            else
            {
                cls = Ops.MakeClass(name, basesTuple, ns, metaType);
            }
            PyCell c = cell as PyCell;
            if (c != null)
            {
                c.Value = cls;
            }
            return cls;
        }
    }
}
