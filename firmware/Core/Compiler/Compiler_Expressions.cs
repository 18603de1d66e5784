using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Compiler
{
    public sealed partial class Compiler
    {
        private void Expression(Expr e)
        {
            Deeper();
            ExpressionInner(e);
            s_depth--;
        }

        private void ExpressionInner(Expr e)
        {
            object folded = Fold(e);
            if (folded != null)
            {
                LoadConstValue(folded);
                return;
            }
            Name n = e as Name;
            if (n != null)
            {
                LoadName(n.Id);
                return;
            }
            Str s = e as Str;
            if (s != null)
            {
                _e.EmitArg(Opcodes.LoadConst, _e.Const(s.Value), 1);
                return;
            }
            Call c = e as Call;
            if (c != null)
            {
                CallExpr(c);
                return;
            }
            Attribute at = e as Attribute;
            if (at != null)
            {
                Expression(at.Value);
                _e.EmitArg(Opcodes.LoadAttr, _e.Name(at.Attr), 0);
                return;
            }
            BinOp b = e as BinOp;
            if (b != null)
            {
                Expression(b.Left);
                Expression(b.Right);
                _e.EmitArg(Opcodes.BinaryOp, b.Op, -1);
                return;
            }
            Compare cm = e as Compare;
            if (cm != null)
            {
                CompareExpr(cm);
                return;
            }
            Subscript su = e as Subscript;
            if (su != null)
            {
                Expression(su.Value);
                Index(su.Index);
                _e.Emit(Opcodes.BinarySubscr, -1);
                return;
            }
            UnaryOp u = e as UnaryOp;
            if (u != null)
            {
                Expression(u.Operand);
                if (u.Op == PyOp.Not)
                {
                    _e.Emit(Opcodes.Not, 0);
                }
                else
                {
                    _e.EmitArg(Opcodes.UnaryOp, u.Op, 0);
                }
                return;
            }
            BoolOp bo = e as BoolOp;
            if (bo != null)
            {
                int end = _e.NewLabel();
                for (int i = 0; i < bo.Values.Length; i++)
                {
                    Expression(bo.Values[i]);
                    if (i < bo.Values.Length - 1)
                    {
                        _e.EmitJump(bo.Op == PyOp.BoolAnd ? Opcodes.JumpIfFalseOrPop : Opcodes.JumpIfTrueOrPop, end, -1);
                    }
                }
                _e.Mark(end);
                return;
            }
            NameConstant nc = e as NameConstant;
            if (nc != null)
            {
                LoadConstValue(nc.Value);
                return;
            }
            Bytes by = e as Bytes;
            if (by != null)
            {
                _e.EmitArg(Opcodes.LoadConst, _e.Const(new PyBytes(by.Value)), 1);
                return;
            }
            if (e is EllipsisExpr)
            {
                _e.Emit(Opcodes.LoadEllipsis, 1);
                return;
            }
            TupleExpr te = e as TupleExpr;
            if (te != null)
            {
                Sequence(te.Elts, Opcodes.BuildTuple);
                return;
            }
            ListExpr le = e as ListExpr;
            if (le != null)
            {
                Sequence(le.Elts, Opcodes.BuildList);
                return;
            }
            SetExpr se = e as SetExpr;
            if (se != null)
            {
                Sequence(se.Elts, Opcodes.BuildSet);
                return;
            }
            DictExpr de = e as DictExpr;
            if (de != null)
            {
                DictDisplay(de);
                return;
            }
            IfExp ie = e as IfExp;
            if (ie != null)
            {
                int elseL = _e.NewLabel();
                int end = _e.NewLabel();
                CondJump(ie.Test, elseL, false);
                Expression(ie.Body);
                _e.EmitJump(Opcodes.Jump, end, 0);
                _e.Mark(elseL);
                _e.Depth--;
                Expression(ie.OrElse);
                _e.Mark(end);
                return;
            }
            Lambda la = e as Lambda;
            if (la != null)
            {
                MakeFunction(la.ScopeInfo, "<lambda>", la.Args, null, la.Body, la.Line);
                return;
            }
            ListComp lc = e as ListComp;
            if (lc != null)
            {
                Comprehension(e, "<listcomp>", lc.Generators, lc.Elt, null, Opcodes.BuildList);
                return;
            }
            SetComp sc = e as SetComp;
            if (sc != null)
            {
                Comprehension(e, "<setcomp>", sc.Generators, sc.Elt, null, Opcodes.BuildSet);
                return;
            }
            DictComp dc = e as DictComp;
            if (dc != null)
            {
                Comprehension(e, "<dictcomp>", dc.Generators, dc.Key, dc.Value, Opcodes.BuildMap);
                return;
            }
            GeneratorExp ge = e as GeneratorExp;
            if (ge != null)
            {
                Comprehension(e, "<genexpr>", ge.Generators, ge.Elt, null, 0);
                return;
            }
            Yield y = e as Yield;
            if (y != null)
            {
                if (y.Value != null)
                {
                    Expression(y.Value);
                }
                else
                {
                    _e.Emit(Opcodes.LoadNone, 1);
                }
                _e.Emit(Opcodes.YieldValue, 0);
                return;
            }
            YieldFrom yf = e as YieldFrom;
            if (yf != null)
            {
                Expression(yf.Value);
                _e.Emit(Opcodes.GetYieldFromIter, 0);
                _e.Emit(Opcodes.LoadNone, 1);
                _e.Emit(Opcodes.YieldFrom, -1);
                return;
            }
            Await aw = e as Await;
            if (aw != null)
            {
                Expression(aw.Value);
                _e.Emit(Opcodes.GetYieldFromIter, 0);
                _e.Emit(Opcodes.LoadNone, 1);
                _e.Emit(Opcodes.YieldFrom, -1);
                return;
            }
            Starred st = e as Starred;
            if (st != null)
            {
                throw Error("can't use starred expression here", e.Line);
            }
            SliceExpr sl = e as SliceExpr;
            if (sl != null)
            {
                Slice(sl);
                return;
            }
            throw Error("invalid syntax", e.Line);
        }

        private void Index(Expr index)
        {
            SliceExpr sl = index as SliceExpr;
            if (sl != null)
            {
                Slice(sl);
                return;
            }
            TupleExpr te = index as TupleExpr;
            if (te != null)
            {
                for (int i = 0; i < te.Elts.Length; i++)
                {
                    Index(te.Elts[i]);
                }
                _e.EmitArg(Opcodes.BuildTuple, te.Elts.Length, 1 - te.Elts.Length);
                return;
            }
            Expression(index);
        }

        private void Slice(SliceExpr sl)
        {
            Slice(sl, 0);
        }

        private void Slice(SliceExpr sl, int flags)
        {
            OptExpr(sl.Lower);
            OptExpr(sl.Upper);
            if (sl.Step != null)
            {
                Expression(sl.Step);
                _e.EmitArg(Opcodes.BuildSlice, 3 | flags, -2);
            }
            else
            {
                _e.EmitArg(Opcodes.BuildSlice, 2 | flags, -1);
            }
        }

        private void OptExpr(Expr e)
        {
            if (e == null)
            {
                _e.Emit(Opcodes.LoadNone, 1);
            }
            else
            {
                Expression(e);
            }
        }

        private static bool HasStar(Expr[] elts)
        {
            for (int i = 0; i < elts.Length; i++)
            {
                if (elts[i] is Starred)
                {
                    return true;
                }
            }
            return false;
        }

        private void Sequence(Expr[] elts, byte build)
        {
            if (!HasStar(elts))
            {
                // A tuple of constants is one constant.
                if (build == Opcodes.BuildTuple && elts.Length > 0)
                {
                    object[] vals = new object[elts.Length];
                    bool all = true;
                    for (int i = 0; i < elts.Length && all; i++)
                    {
                        vals[i] = Fold(elts[i]);
                        if (vals[i] == null)
                        {
                            Str s = elts[i] as Str;
                            if (s != null)
                            {
                                vals[i] = s.Value;
                            }
                            else
                            {
                                all = false;
                            }
                        }
                    }
                    if (all)
                    {
                        _e.EmitArg(Opcodes.LoadConst, _e.Const(new PyTuple(vals)), 1);
                        return;
                    }
                }
                for (int i = 0; i < elts.Length; i++)
                {
                    Expression(elts[i]);
                }
                _e.EmitArg(build, elts.Length, 1 - elts.Length);
                return;
            }
            bool isSet = build == Opcodes.BuildSet;
            _e.EmitArg(isSet ? Opcodes.BuildSet : Opcodes.BuildList, 0, 1);
            for (int i = 0; i < elts.Length; i++)
            {
                Starred st = elts[i] as Starred;
                if (st != null)
                {
                    Expression(st.Value);
                    _e.EmitArg(isSet ? Opcodes.SetUpdate : Opcodes.ListExtend, 1, -1);
                }
                else
                {
                    Expression(elts[i]);
                    _e.EmitArg(isSet ? Opcodes.SetAdd : Opcodes.ListAppend, 1, -1);
                }
            }
            if (build == Opcodes.BuildTuple)
            {
                _e.EmitArg(Opcodes.BuildTuple, 0xFFFF, 0);
            }
        }

        private void DictDisplay(DictExpr d)
        {
            bool unpack = false;
            for (int i = 0; i < d.Keys.Length; i++)
            {
                if (d.Keys[i] == null)
                {
                    unpack = true;
                }
            }
            if (!unpack)
            {
                for (int i = 0; i < d.Keys.Length; i++)
                {
                    if (IsLiteral(d.Keys[i]) || IsLiteral(d.Values[i]))
                    {
                        Expression(d.Keys[i]);
                        Expression(d.Values[i]);
                    }
                    else
                    {
                        // Python 3.4 (the contract's language, and MicroPython 1.8.2) evaluates a pair's value
                        // before its key; where either is a literal the order cannot be seen.
                        Expression(d.Values[i]);
                        Expression(d.Keys[i]);
                        _e.Emit(Opcodes.RotTwo, 0);
                    }
                }
                _e.EmitArg(Opcodes.BuildMap, d.Keys.Length, 1 - 2 * d.Keys.Length);
                return;
            }
            _e.EmitArg(Opcodes.BuildMap, 0, 1);
            for (int i = 0; i < d.Keys.Length; i++)
            {
                if (d.Keys[i] == null)
                {
                    Expression(d.Values[i]);
                    _e.EmitArg(Opcodes.DictMerge, 0, -1);
                }
                else
                {
                    Expression(d.Keys[i]);
                    Expression(d.Values[i]);
                    _e.EmitArg(Opcodes.MapAdd, 1, -2);
                }
            }
        }

        private static bool IsLiteral(Expr e)
        {
            return e is Num || e is Str || e is Bytes || e is NameConstant || e is EllipsisExpr;
        }

        private void CompareExpr(Compare cm)
        {
            Expression(cm.Left);
            int n = cm.Ops.Length;
            if (n == 1)
            {
                Expression(cm.Comparators[0]);
                _e.EmitArg(Opcodes.CompareOp, cm.Ops[0], -1);
                return;
            }
            int cleanup = _e.NewLabel();
            int end = _e.NewLabel();
            for (int i = 0; i < n - 1; i++)
            {
                Expression(cm.Comparators[i]);
                _e.Emit(Opcodes.DupTop, 1);
                _e.Emit(Opcodes.RotThree, 0);
                _e.EmitArg(Opcodes.CompareOp, cm.Ops[i], -1);
                _e.EmitJump(Opcodes.JumpIfFalseOrPop, cleanup, -1);
            }
            Expression(cm.Comparators[n - 1]);
            _e.EmitArg(Opcodes.CompareOp, cm.Ops[n - 1], -1);
            _e.EmitJump(Opcodes.Jump, end, 0);
            _e.Mark(cleanup);
            _e.Depth++;
            _e.Emit(Opcodes.RotTwo, 0);
            _e.Emit(Opcodes.PopTop, -1);
            _e.Mark(end);
        }

        /// <summary>Jumps to label when the truth of e equals jumpIf; short-circuits not/and/or.</summary>
        private void CondJump(Expr e, int label, bool jumpIf)
        {
            Deeper();
            CondJumpInner(e, label, jumpIf);
            s_depth--;
        }

        private void CondJumpInner(Expr e, int label, bool jumpIf)
        {
            UnaryOp u = e as UnaryOp;
            if (u != null && u.Op == PyOp.Not)
            {
                CondJump(u.Operand, label, !jumpIf);
                return;
            }
            BoolOp bo = e as BoolOp;
            if (bo != null)
            {
                bool isAnd = bo.Op == PyOp.BoolAnd;
                if (isAnd != jumpIf)
                {
                    // and/jumpIfFalse or or/jumpIfTrue: any operand decides.
                    for (int i = 0; i < bo.Values.Length; i++)
                    {
                        CondJump(bo.Values[i], label, jumpIf);
                    }
                    return;
                }
                int skip = _e.NewLabel();
                for (int i = 0; i < bo.Values.Length - 1; i++)
                {
                    CondJump(bo.Values[i], skip, !jumpIf);
                }
                CondJump(bo.Values[bo.Values.Length - 1], label, jumpIf);
                _e.Mark(skip);
                return;
            }
            Expression(e);
            _e.EmitJump(jumpIf ? Opcodes.PopJumpIfTrue : Opcodes.PopJumpIfFalse, label, -1);
        }

        private void CallExpr(Call c)
        {
            // super() with no arguments: super(__class__, <first argument>).
            Name fn = c.Func as Name;
            if (fn != null && fn.Id == "super" && c.Args.Length == 0 && c.Keywords.Length == 0 && _sc.Kind == Scope.KindFunction)
            {
                int cls = _sc.CellIndex("__class__");
                if (cls >= 0 && _sc.Params.Length > 0)
                {
                    LoadName("super");
                    _e.EmitArg(Opcodes.LoadDeref, cls, 1);
                    LoadName(_sc.Params[0]);
                    _e.EmitTwo(Opcodes.CallFunction, 2, 0, -2);
                    return;
                }
            }
            Attribute at = c.Func as Attribute;
            if (at != null && !HasStar(c.Args) && !HasDoubleStar(c.Keywords))
            {
                Expression(at.Value);
                _e.EmitArg(Opcodes.LoadMethod, _e.Name(at.Attr), 1);
                for (int i = 0; i < c.Args.Length; i++)
                {
                    Expression(c.Args[i]);
                }
                for (int i = 0; i < c.Keywords.Length; i++)
                {
                    _e.EmitArg(Opcodes.LoadConst, _e.Const(c.Keywords[i].Arg), 1);
                    Expression(c.Keywords[i].Value);
                }
                _e.EmitTwo(Opcodes.CallMethod, c.Args.Length, c.Keywords.Length, -(c.Args.Length + 2 * c.Keywords.Length + 1));
                return;
            }
            Expression(c.Func);
            CallArgs(c.Args, c.Keywords, 0, c.Line);
        }

        private static bool HasDoubleStar(Keyword[] kws)
        {
            for (int i = 0; i < kws.Length; i++)
            {
                if (kws[i].Arg == null)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Emits the arguments and the call; 'extra' positional arguments are already on the stack.</summary>
        private void CallArgs(Expr[] args, Keyword[] kws, int extra, int line)
        {
            if (!HasStar(args) && !HasDoubleStar(kws))
            {
                for (int i = 0; i < args.Length; i++)
                {
                    Expression(args[i]);
                }
                for (int i = 0; i < kws.Length; i++)
                {
                    _e.EmitArg(Opcodes.LoadConst, _e.Const(kws[i].Arg), 1);
                    Expression(kws[i].Value);
                }
                _e.EmitTwo(Opcodes.CallFunction, args.Length + extra, kws.Length, -(args.Length + extra + 2 * kws.Length));
                return;
            }
            // General form: positional list and keyword dict, then CALL_FUNCTION_EX. Calls are Python 3.4's (the
            // contract's language; MicroPython 1.8.2 compiles them the same way): at most one *x, followed by
            // keyword arguments only, and at most one **x; the positional arguments are evaluated first, then
            // the keyword ones, then *x, then **x.
            Starred star = null;
            Expr dstar = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is Starred)
                {
                    if (star != null)
                    {
                        throw Error("can't have multiple *x", line);
                    }
                    star = (Starred)args[i];
                }
                else if (star != null)
                {
                    throw Error("only named arguments may follow *expression", line);
                }
            }
            bool named = false;
            for (int i = 0; i < kws.Length; i++)
            {
                if (kws[i].Arg != null)
                {
                    named = true;
                }
                else if (dstar != null)
                {
                    throw Error("can't have multiple **x", line);
                }
                else
                {
                    dstar = kws[i].Value;
                }
            }
            _e.EmitArg(Opcodes.BuildList, extra, 1 - extra);
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] != star)
                {
                    Expression(args[i]);
                    _e.EmitArg(Opcodes.ListAppend, 1, -1);
                }
            }
            int flags = 0;
            if (named || dstar != null)
            {
                flags = 1;
                _e.EmitArg(Opcodes.BuildMap, 0, 1);
                for (int i = 0; i < kws.Length; i++)
                {
                    if (kws[i].Arg != null)
                    {
                        _e.EmitArg(Opcodes.LoadConst, _e.Const(kws[i].Arg), 1);
                        Expression(kws[i].Value);
                        _e.EmitArg(Opcodes.MapMergeKw, 1, -2);
                    }
                }
            }
            if (star != null)
            {
                Expression(star.Value);
                _e.EmitArg(Opcodes.ListExtend, 1 + flags, -1);
            }
            if (dstar != null)
            {
                Expression(dstar);
                _e.EmitArg(Opcodes.DictMerge, 1, -1);
            }
            _e.EmitArg(Opcodes.CallFunctionEx, flags, -1 - flags);
        }

        private void Comprehension(Expr node, string name, Comprehension[] gens, Expr elt, Expr value, byte build)
        {
            Scope child = node.ScopeInfo;
            int flags = 0;
            Closure(child, ref flags);
            Compiler c = new Compiler(_file, child, this, _mode);
            c._e.SetLine(node.Line);
            if (build != 0)
            {
                c._e.EmitArg(build, 0, 1);
            }
            c.CompLoop(gens, 0, elt, value, build);
            if (build == 0)
            {
                c._e.Emit(Opcodes.LoadNone, 1);
            }
            c._e.Emit(Opcodes.ReturnValue, -1);
            CodeObject code = c.Finish(name, node.Line);
            code.ArgCount = 1;
            code.ParamNames = new string[] { ".0" };
            code.Simple = true;
            _e.EmitArg(Opcodes.LoadConst, _e.Const(code), 1);
            _e.EmitArg(Opcodes.MakeFunction, flags, -BitCount(flags));
            Expression(gens[0].Iter);
            _e.Emit(Opcodes.GetIter, 0);
            _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
        }

        private void CompLoop(Comprehension[] gens, int i, Expr elt, Expr value, byte build)
        {
            Comprehension g = gens[i];
            if (i == 0)
            {
                _e.EmitArg(Opcodes.LoadFast, 0, 1);
            }
            else
            {
                Expression(g.Iter);
                _e.Emit(Opcodes.GetIter, 0);
            }
            int top = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            _e.Mark(top);
            _e.EmitJump(Opcodes.ForIter, end, 1);
            StoreTarget(g.Target);
            for (int k = 0; k < g.Ifs.Length; k++)
            {
                CondJump(g.Ifs[k], top, false);
            }
            if (i + 1 < gens.Length)
            {
                CompLoop(gens, i + 1, elt, value, build);
            }
            else if (build == 0)
            {
                Expression(elt);
                _e.Emit(Opcodes.YieldValue, 0);
                _e.Emit(Opcodes.PopTop, -1);
            }
            else if (build == Opcodes.BuildMap)
            {
                Expression(elt);
                Expression(value);
                _e.EmitArg(Opcodes.MapAdd, gens.Length + 1, -2);
            }
            else
            {
                Expression(elt);
                _e.EmitArg(build == Opcodes.BuildList ? Opcodes.ListAppend : Opcodes.SetAdd, gens.Length + 1, -1);
            }
            _e.EmitJump(Opcodes.Jump, top, 0);
            _e.Mark(end);
            _e.Depth = depth - 1;
        }

        // ---- constant folding ----

        /// <summary>A number the folder keeps as a constant: ints up to 128 bits (as CPython's folder), floats.</summary>
        private static bool Foldable(object v)
        {
            PyBigInt big = v as PyBigInt;
            return v is PyInt || v is PyFloat || (big != null && big.Mag.Length <= 4);
        }

        /// <summary>The constant value of e if it is a literal or foldable arithmetic on literals, else null.</summary>
        private object Fold(Expr e)
        {
            Deeper();
            object v = FoldInner(e);
            s_depth--;
            return v;
        }

        private object FoldInner(Expr e)
        {
            Num n = e as Num;
            if (n != null)
            {
                return NumberLiteral.Parse(n.Text);
            }
            NameConstant nc = e as NameConstant;
            if (nc != null)
            {
                return nc.Value;
            }
            Name nm = e as Name;
            if (nm != null)
            {
                object cv;
                if (TryConst(nm.Id, out cv))
                {
                    return cv;
                }
                return null;
            }
            UnaryOp u = e as UnaryOp;
            if (u != null && u.Op != PyOp.Not)
            {
                object v = Fold(u.Operand);
                if (Foldable(v))
                {
                    try
                    {
                        object r = Ops.UnaryOp(u.Op, v);
                        return Foldable(r) ? r : null;
                    }
                    catch (PyException)
                    {
                        return null;
                    }
                }
                return null;
            }
            BinOp b = e as BinOp;
            if (b != null)
            {
                object l = Fold(b.Left);
                if (!Foldable(l))
                {
                    return null;
                }
                object r = Fold(b.Right);
                if (!Foldable(r))
                {
                    return null;
                }
                if (b.Op == PyOp.Pow || b.Op == PyOp.LShift)
                {
                    PyInt ri = r as PyInt;
                    if (ri == null || ri.Value < 0 || ri.Value > 128)
                    {
                        return null;
                    }
                }
                if (b.Op == PyOp.MatMul)
                {
                    return null;
                }
                try
                {
                    object v = Ops.BinaryOp(b.Op, l, r);
                    return Foldable(v) ? v : null;
                }
                catch (PyException)
                {
                    return null;
                }
            }
            return null;
        }
    }
}
