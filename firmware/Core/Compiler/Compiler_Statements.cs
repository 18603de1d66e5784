using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Compiler
{
    public sealed partial class Compiler
    {
        private void Body(Stmt[] body)
        {
            if (body == null)
            {
                return;
            }
            for (int i = 0; i < body.Length; i++)
            {
                Statement(body[i]);
            }
        }

        private void Statement(Stmt s)
        {
            Deeper();
            StatementInner(s);
            s_depth--;
        }

        private void StatementInner(Stmt s)
        {
            _e.SetLine(s.Line);
            ExprStmt es = s as ExprStmt;
            if (es != null)
            {
                if (es.Value is Str && _mode != ModeSingle)
                {
                    return;
                }
                Expression(es.Value);
                if (_mode == ModeSingle && _sc.Kind == Scope.KindModule)
                {
                    _e.Emit(Opcodes.PrintExpr, -1);
                }
                else
                {
                    _e.Emit(Opcodes.PopTop, -1);
                }
                return;
            }
            Assign a = s as Assign;
            if (a != null)
            {
                AssignStmt(a);
                return;
            }
            AugAssign aug = s as AugAssign;
            if (aug != null)
            {
                AugAssignStmt(aug);
                return;
            }
            If ifs = s as If;
            if (ifs != null)
            {
                IfStmt(ifs);
                return;
            }
            For f = s as For;
            if (f != null)
            {
                if (f.IsAsync)
                {
                    AsyncForStmt(f);
                }
                else
                {
                    ForStmt(f);
                }
                return;
            }
            While w = s as While;
            if (w != null)
            {
                WhileStmt(w);
                return;
            }
            Return r = s as Return;
            if (r != null)
            {
                ReturnStmt(r);
                return;
            }
            FunctionDef fd = s as FunctionDef;
            if (fd != null)
            {
                FunctionDefStmt(fd);
                return;
            }
            ClassDef cd = s as ClassDef;
            if (cd != null)
            {
                ClassDefStmt(cd);
                return;
            }
            if (s is Pass || s is Global || s is Nonlocal)
            {
                return;
            }
            if (s is Break)
            {
                int loop = InnermostLoop();
                if (loop < 0)
                {
                    throw Error("'break' outside loop", s.Line);
                }
                int depth = _e.Depth;
                UnwindTo(loop, true);
                if (_bKind[loop] == BlockForLoop)
                {
                    _e.Emit(Opcodes.PopTop, -1);
                }
                _e.EmitJump(Opcodes.Jump, _bBreak[loop], 0);
                _e.Depth = depth;
                return;
            }
            if (s is Continue)
            {
                int loop = InnermostLoop();
                if (loop < 0)
                {
                    throw Error("'continue' not properly in loop", s.Line);
                }
                int depth = _e.Depth;
                UnwindTo(loop, true);
                _e.EmitJump(Opcodes.Jump, _bContinue[loop], 0);
                _e.Depth = depth;
                return;
            }
            Try t = s as Try;
            if (t != null)
            {
                TryStmt(t);
                return;
            }
            With wi = s as With;
            if (wi != null)
            {
                if (wi.IsAsync)
                {
                    AsyncWithStmt(wi, 0);
                }
                else
                {
                    WithStmt(wi, 0);
                }
                return;
            }
            Raise ra = s as Raise;
            if (ra != null)
            {
                int n = 0;
                if (ra.Exc != null)
                {
                    Expression(ra.Exc);
                    n = 1;
                    if (ra.Cause != null)
                    {
                        Expression(ra.Cause);
                        n = 2;
                    }
                }
                _e.EmitArg(Opcodes.RaiseVarargs, n, -n);
                return;
            }
            Delete d = s as Delete;
            if (d != null)
            {
                for (int i = 0; i < d.Targets.Length; i++)
                {
                    DeleteTarget(d.Targets[i]);
                }
                return;
            }
            Assert asr = s as Assert;
            if (asr != null)
            {
                int ok = _e.NewLabel();
                CondJump(asr.Test, ok, true);
                _e.EmitArg(Opcodes.LoadAssertionError, 0, 1);
                if (asr.Msg != null)
                {
                    Expression(asr.Msg);
                    _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
                }
                _e.EmitArg(Opcodes.RaiseVarargs, 1, -1);
                _e.Mark(ok);
                return;
            }
            Import im = s as Import;
            if (im != null)
            {
                for (int i = 0; i < im.Names.Length; i++)
                {
                    Alias al = im.Names[i];
                    _e.EmitArg(Opcodes.LoadSmallInt, 0, 1);
                    if (al.AsName != null && al.Name.IndexOf('.') >= 0)
                    {
                        _e.Emit(Opcodes.LoadTrue, 1);
                    }
                    else
                    {
                        _e.Emit(Opcodes.LoadNone, 1);
                    }
                    _e.EmitArg(Opcodes.ImportName, _e.Name(al.Name), -1);
                    if (al.AsName != null)
                    {
                        StoreName(al.AsName);
                    }
                    else
                    {
                        int dot = al.Name.IndexOf('.');
                        StoreName(Qstr.Intern(dot < 0 ? al.Name : al.Name.Substring(0, dot)));
                    }
                }
                return;
            }
            ImportFrom imf = s as ImportFrom;
            if (imf != null)
            {
                _e.EmitArg(Opcodes.LoadSmallInt, imf.Level, 1);
                object[] names = new object[imf.Names.Length];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = imf.Names[i].Name;
                }
                _e.EmitArg(Opcodes.LoadConst, _e.Const(new PyTuple(names)), 1);
                _e.EmitArg(Opcodes.ImportName, _e.Name(imf.Module ?? ""), -1);
                if (imf.Names.Length == 1 && imf.Names[0].Name == "*")
                {
                    _e.Emit(Opcodes.ImportStar, -1);
                    return;
                }
                for (int i = 0; i < imf.Names.Length; i++)
                {
                    _e.EmitArg(Opcodes.ImportFrom, _e.Name(imf.Names[i].Name), 1);
                    StoreName(imf.Names[i].AsName ?? imf.Names[i].Name);
                }
                _e.Emit(Opcodes.PopTop, -1);
                return;
            }
            throw Error("unsupported statement", s.Line);
        }

        private void AssignStmt(Assign a)
        {
            // x = const(value) at module or class level: the name becomes a compile-time constant of the module,
            // as MicroPython's parser makes it (the value must fold to an int; a constant cannot be redefined).
            if (_sc.Kind != Scope.KindFunction && a.Targets.Length == 1 && a.Targets[0] is Name)
            {
                Call c = a.Value as Call;
                Name fn = c != null ? c.Func as Name : null;
                if (fn != null && fn.Id == "const" && c.Args.Length == 1 && c.Keywords.Length == 0)
                {
                    object v = Fold(c.Args[0]);
                    string name = ((Name)a.Targets[0]).Id;
                    object old;
                    if (TryConst(name, out old))
                    {
                        throw Error("constant redefined", a.Line);
                    }
                    if (!(v is PyInt || v is PyBigInt))
                    {
                        throw Error("constant must be an integer", a.Line);
                    }
                    {
                        AddConst(name, v);
                        if (name.Length > 0 && name[0] == '_')
                        {
                            return;
                        }
                        LoadConstValue(v);
                        StoreName(name);
                        return;
                    }
                }
            }
            Subscript sv = a.Value as Subscript;
            Subscript st = a.Targets.Length == 1 ? a.Targets[0] as Subscript : null;
            if (sv != null && st != null && sv.Index is SliceExpr && st.Index is SliceExpr)
            {
                // a[i:j] = b[k:l]: the slice read is a temporary only the slice assignment sees.
                Expression(sv.Value);
                Slice((SliceExpr)sv.Index, Opcodes.SliceTemp);
                _e.Emit(Opcodes.BinarySubscr, -1);
                StoreTarget(st);
                return;
            }
            if (a.Targets.Length == 1 && SwapAssign(a.Targets[0], a.Value))
            {
                return;
            }
            Expression(a.Value);
            for (int i = 0; i < a.Targets.Length; i++)
            {
                if (i < a.Targets.Length - 1)
                {
                    _e.Emit(Opcodes.DupTop, 1);
                }
                StoreTarget(a.Targets[i]);
            }
        }

        /// <summary>
        /// a, b = x, y (and three names): the values are evaluated onto the stack and rotated into store order, as
        /// CPython's peephole does, instead of building a tuple and unpacking it (which allocates, and boxes every
        /// unboxed int or float).
        /// </summary>
        private bool SwapAssign(Expr target, Expr value)
        {
            Expr[] targets = target is TupleExpr ? ((TupleExpr)target).Elts : target is ListExpr ? ((ListExpr)target).Elts : null;
            TupleExpr tv = value as TupleExpr;
            if (targets == null || tv == null || targets.Length != tv.Elts.Length || targets.Length < 2 || targets.Length > 3)
            {
                return false;
            }
            for (int i = 0; i < targets.Length; i++)
            {
                if (targets[i] is Starred || tv.Elts[i] is Starred)
                {
                    return false;
                }
            }
            for (int i = 0; i < tv.Elts.Length; i++)
            {
                Expression(tv.Elts[i]);
            }
            if (targets.Length == 3)
            {
                _e.Emit(Opcodes.RotThree, 0);
            }
            _e.Emit(Opcodes.RotTwo, 0);
            for (int i = 0; i < targets.Length; i++)
            {
                StoreTarget(targets[i]);
            }
            return true;
        }

        private void AugAssignStmt(AugAssign a)
        {
            Name n = a.Target as Name;
            if (n != null)
            {
                int fi;
                object cv;
                PyInt ci = a.Op == PyOp.Add || a.Op == PyOp.Sub ? Fold(a.Value) as PyInt : null;
                if (ci != null && ci.Value >= -64 && ci.Value <= 63 && !TryConst(n.Id, out cv)
                    && Resolve(n.Id, out fi) == Scope.WhereFast && fi < 256)
                {
                    // The counter update of most loops, one instruction instead of four.
                    _e.EmitArg(Opcodes.IncFast, fi | (((int)ci.Value & 0x7F) << 8) | (a.Op == PyOp.Sub ? 0x8000 : 0), 0);
                    return;
                }
                LoadName(n.Id);
                Expression(a.Value);
                _e.EmitArg(Opcodes.InplaceOp, a.Op, -1);
                StoreName(n.Id);
                return;
            }
            Attribute at = a.Target as Attribute;
            if (at != null)
            {
                Name on = at.Value as Name;
                object cv;
                int fi;
                if (on != null && !TryConst(on.Id, out cv) && Resolve(on.Id, out fi) == Scope.WhereFast)
                {
                    // local.attr op= value: the local is loaded again for the store instead of DUP_TOP/ROT_TWO
                    // (nothing in between can rebind it), so both ends fuse with their attribute instruction.
                    int attr = _e.Name(at.Attr);
                    _e.EmitArg(Opcodes.LoadFast, fi, 1);
                    _e.EmitArg(Opcodes.LoadAttr, attr, 0);
                    Expression(a.Value);
                    _e.EmitArg(Opcodes.InplaceOp, a.Op, -1);
                    _e.EmitArg(Opcodes.LoadFast, fi, 1);
                    _e.EmitArg(Opcodes.StoreAttr, attr, -2);
                    return;
                }
                Expression(at.Value);
                _e.Emit(Opcodes.DupTop, 1);
                _e.EmitArg(Opcodes.LoadAttr, _e.Name(at.Attr), 0);
                Expression(a.Value);
                _e.EmitArg(Opcodes.InplaceOp, a.Op, -1);
                _e.Emit(Opcodes.RotTwo, 0);
                _e.EmitArg(Opcodes.StoreAttr, _e.Name(at.Attr), -2);
                return;
            }
            Subscript su = (Subscript)a.Target;
            Expression(su.Value);
            Index(su.Index);
            _e.Emit(Opcodes.DupTopTwo, 2);
            _e.Emit(Opcodes.BinarySubscr, -1);
            Expression(a.Value);
            _e.EmitArg(Opcodes.InplaceOp, a.Op, -1);
            _e.Emit(Opcodes.RotThree, 0);
            _e.Emit(Opcodes.StoreSubscr, -3);
        }

        private void StoreTarget(Expr t)
        {
            Name n = t as Name;
            if (n != null)
            {
                StoreName(n.Id);
                return;
            }
            Attribute at = t as Attribute;
            if (at != null)
            {
                Expression(at.Value);
                _e.EmitArg(Opcodes.StoreAttr, _e.Name(at.Attr), -2);
                return;
            }
            Subscript su = t as Subscript;
            if (su != null)
            {
                Expression(su.Value);
                Index(su.Index);
                _e.Emit(Opcodes.StoreSubscr, -3);
                return;
            }
            Expr[] elts = null;
            TupleExpr te = t as TupleExpr;
            if (te != null)
            {
                elts = te.Elts;
            }
            ListExpr le = t as ListExpr;
            if (le != null)
            {
                elts = le.Elts;
            }
            if (elts != null)
            {
                int star = -1;
                for (int i = 0; i < elts.Length; i++)
                {
                    if (elts[i] is Starred)
                    {
                        star = i;
                    }
                }
                if (star < 0)
                {
                    _e.EmitArg(Opcodes.UnpackSequence, elts.Length, elts.Length - 1);
                }
                else
                {
                    int after = elts.Length - star - 1;
                    if (star > 255 || after > 255)
                    {
                        throw Error("too many expressions in star-unpacking assignment", t.Line);
                    }
                    _e.EmitArg(Opcodes.UnpackEx, star | (after << 8), elts.Length - 1);
                }
                for (int i = 0; i < elts.Length; i++)
                {
                    Starred st = elts[i] as Starred;
                    StoreTarget(st != null ? st.Value : elts[i]);
                }
                return;
            }
            Starred s = t as Starred;
            if (s != null)
            {
                throw Error("starred assignment target must be in a list or tuple", t.Line);
            }
            throw Error("can't assign to expression", t.Line);
        }

        private void DeleteTarget(Expr t)
        {
            Name n = t as Name;
            if (n != null)
            {
                DeleteName(n.Id);
                return;
            }
            Attribute at = t as Attribute;
            if (at != null)
            {
                Expression(at.Value);
                _e.EmitArg(Opcodes.DeleteAttr, _e.Name(at.Attr), -1);
                return;
            }
            Subscript su = t as Subscript;
            if (su != null)
            {
                Expression(su.Value);
                Index(su.Index);
                _e.Emit(Opcodes.DeleteSubscr, -2);
                return;
            }
            TupleExpr te = t as TupleExpr;
            if (te != null)
            {
                for (int i = 0; i < te.Elts.Length; i++)
                {
                    DeleteTarget(te.Elts[i]);
                }
                return;
            }
            ListExpr le = t as ListExpr;
            if (le != null)
            {
                for (int i = 0; i < le.Elts.Length; i++)
                {
                    DeleteTarget(le.Elts[i]);
                }
                return;
            }
            throw Error("can't delete expression", t.Line);
        }

        /// <summary>if/elif/else; an elif chain (an If alone in an else branch) in a loop, not by recursion.</summary>
        private void IfStmt(If s)
        {
            int endL = _e.NewLabel();
            while (true)
            {
                If next = s.OrElse != null && s.OrElse.Length == 1 ? s.OrElse[0] as If : null;
                object folded = Fold(s.Test);
                if (folded != null && !(folded is PyFloat))
                {
                    if (Ops.IsTrue(folded))
                    {
                        Body(s.Body);
                        break;
                    }
                    if (next == null)
                    {
                        Body(s.OrElse);
                        break;
                    }
                    s = next;
                    _e.SetLine(s.Line);
                    continue;
                }
                int elseL = _e.NewLabel();
                CondJump(s.Test, elseL, false);
                Body(s.Body);
                if (s.OrElse == null || s.OrElse.Length == 0)
                {
                    _e.Mark(elseL);
                    break;
                }
                _e.EmitJump(Opcodes.Jump, endL, 0);
                _e.Mark(elseL);
                if (next == null)
                {
                    Body(s.OrElse);
                    break;
                }
                s = next;
                _e.SetLine(s.Line);
            }
            _e.Mark(endL);
        }

        private void WhileStmt(While w)
        {
            int top = _e.NewLabel();
            int elseL = _e.NewLabel();
            int end = _e.NewLabel();
            object folded = Fold(w.Test);
            bool always = folded != null && Ops.IsTrue(folded);
            _e.Mark(top);
            if (!always)
            {
                CondJump(w.Test, elseL, false);
            }
            PushBlock(BlockLoop, end, top, null);
            Body(w.Body);
            PopBlock();
            _e.EmitJump(Opcodes.Jump, top, 0);
            _e.Mark(elseL);
            Body(w.OrElse);
            _e.Mark(end);
        }

        private void ForStmt(For f)
        {
            Expression(f.Iter);
            _e.Emit(Opcodes.GetIter, 0);
            int top = _e.NewLabel();
            int cleanup = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            _e.Mark(top);
            _e.EmitJump(Opcodes.ForIter, cleanup, 1);
            StoreTarget(f.Target);
            PushBlock(BlockForLoop, end, top, null);
            Body(f.Body);
            PopBlock();
            _e.EmitJump(Opcodes.Jump, top, 0);
            _e.Mark(cleanup);
            _e.Depth = depth - 1;
            Body(f.OrElse);
            _e.Mark(end);
        }

        private void ReturnStmt(Return r)
        {
            if (_sc.Kind != Scope.KindFunction)
            {
                throw Error("'return' outside function", r.Line);
            }
            if (r.Value != null)
            {
                Expression(r.Value);
            }
            else
            {
                _e.Emit(Opcodes.LoadNone, 1);
            }
            ViperReturn();
            if (NeedsUnwind(-1))
            {
                int slot = RetSlot();
                _e.EmitArg(Opcodes.StoreFast, slot, -1);
                int depth = _e.Depth;
                UnwindTo(-1, true);
                _e.Depth = depth;
                _e.EmitArg(Opcodes.LoadFast, slot, 1);
            }
            _e.Emit(Opcodes.ReturnValue, -1);
        }

        private int RetSlot()
        {
            if (_retSlot < 0)
            {
                if (_sc.FastCount == _sc.FastNames.Length)
                {
                    string[] g = new string[_sc.FastCount + 2];
                    System.Array.Copy(_sc.FastNames, g, _sc.FastCount);
                    _sc.FastNames = g;
                }
                _retSlot = _sc.FastCount;
                _sc.FastNames[_sc.FastCount++] = ".ret";
            }
            return _retSlot;
        }

        private void TryStmt(Try t)
        {
            if (t.FinalBody == null)
            {
                TryExcept(t);
                return;
            }
            int fin = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            _e.EmitJump(Opcodes.SetupFinally, fin, 0);
            PushBlock(BlockTryFinally, -1, -1, t.FinalBody);
            if (t.Handlers.Length > 0)
            {
                TryExcept(t);
            }
            else
            {
                Body(t.Body);
            }
            PopBlock();
            _e.Emit(Opcodes.PopBlock, 0);
            Body(t.FinalBody);
            _e.EmitJump(Opcodes.Jump, end, 0);
            _e.Mark(fin);
            _e.Depth = depth + 1;
            if (_e.Depth > _e.MaxDepth)
            {
                _e.MaxDepth = _e.Depth;
            }
            PushBlock(BlockFinallyHandler, -1, -1, null);
            Body(t.FinalBody);
            PopBlock();
            _e.Emit(Opcodes.EndFinally, -1);
            _e.Mark(end);
            _e.Depth = depth;
        }

        private void TryExcept(Try t)
        {
            int handlers = _e.NewLabel();
            int elseL = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            _e.EmitJump(Opcodes.SetupExcept, handlers, 0);
            PushBlock(BlockTryExcept, -1, -1, null);
            Body(t.Body);
            PopBlock();
            _e.Emit(Opcodes.PopBlock, 0);
            _e.EmitJump(Opcodes.Jump, elseL, 0);
            _e.Mark(handlers);
            bool catchAll = false;
            for (int i = 0; i < t.Handlers.Length; i++)
            {
                ExceptHandler h = t.Handlers[i];
                _e.SetLine(h.Line);
                _e.Depth = depth + 1;
                if (_e.Depth + 2 > _e.MaxDepth)
                {
                    _e.MaxDepth = _e.Depth + 2;
                }
                int next = _e.NewLabel();
                if (h.Type != null)
                {
                    _e.Emit(Opcodes.DupTop, 1);
                    Expression(h.Type);
                    _e.EmitJump(Opcodes.JumpIfNotExcMatch, next, -2);
                }
                else
                {
                    catchAll = true;
                }
                if (h.Name != null)
                {
                    StoreName(h.Name);
                }
                else
                {
                    _e.Emit(Opcodes.PopTop, -1);
                }
                PushBlock(BlockHandler, -1, -1, null);
                Body(h.Body);
                PopBlock();
                _e.Emit(Opcodes.PopExcept, 0);
                if (h.Name != null)
                {
                    _e.Emit(Opcodes.LoadNone, 1);
                    StoreName(h.Name);
                    DeleteName(h.Name);
                }
                _e.EmitJump(Opcodes.Jump, end, 0);
                _e.Mark(next);
            }
            _e.Depth = depth + 1;
            if (!catchAll)
            {
                _e.Emit(Opcodes.Reraise, -1);
            }
            _e.Mark(elseL);
            _e.Depth = depth;
            Body(t.OrElse);
            _e.Mark(end);
            _e.Depth = depth;
        }

        private void WithStmt(With w, int item)
        {
            WithItem it = w.Items[item];
            int exit = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            Expression(it.ContextExpr);
            _e.EmitJump(Opcodes.SetupWith, exit, 1);
            if (it.OptionalVars != null)
            {
                StoreTarget(it.OptionalVars);
            }
            else
            {
                _e.Emit(Opcodes.PopTop, -1);
            }
            PushBlock(BlockWith, -1, -1, null);
            if (item + 1 < w.Items.Length)
            {
                WithStmt(w, item + 1);
            }
            else
            {
                Body(w.Body);
            }
            PopBlock();
            _e.Emit(Opcodes.PopBlock, 0);
            _e.Emit(Opcodes.WithExitNormal, -1);
            _e.EmitJump(Opcodes.Jump, end, 0);
            _e.Mark(exit);
            _e.Depth = depth + 2;
            if (_e.Depth > _e.MaxDepth)
            {
                _e.MaxDepth = _e.Depth;
            }
            _e.Emit(Opcodes.WithExitExc, -2);
            _e.Mark(end);
            _e.Depth = depth;
        }

        private void Await()
        {
            _e.Emit(Opcodes.GetYieldFromIter, 0);
            _e.Emit(Opcodes.LoadNone, 1);
            _e.Emit(Opcodes.YieldFrom, -1);
        }

        private void AsyncWithStmt(With w, int item)
        {
            WithItem it = w.Items[item];
            int exit = _e.NewLabel();
            int end = _e.NewLabel();
            int depth = _e.Depth;
            Expression(it.ContextExpr);
            _e.Emit(Opcodes.BeforeAsyncWith, 1);
            Await();
            _e.EmitJump(Opcodes.SetupAsyncWith, exit, 0);
            if (it.OptionalVars != null)
            {
                StoreTarget(it.OptionalVars);
            }
            else
            {
                _e.Emit(Opcodes.PopTop, -1);
            }
            PushBlock(BlockWith, -1, -1, null);
            if (item + 1 < w.Items.Length)
            {
                AsyncWithStmt(w, item + 1);
            }
            else
            {
                Body(w.Body);
            }
            PopBlock();
            _e.Emit(Opcodes.PopBlock, 0);
            _e.Emit(Opcodes.AsyncExitNormal, 0);
            Await();
            _e.Emit(Opcodes.PopTop, -1);
            _e.EmitJump(Opcodes.Jump, end, 0);
            _e.Mark(exit);
            _e.Depth = depth + 2;
            _e.Emit(Opcodes.AsyncExitExc, 1);
            Await();
            _e.Emit(Opcodes.AsyncExitCheck, -3);
            _e.Mark(end);
            _e.Depth = depth;
        }

        private void AsyncForStmt(For f)
        {
            Expression(f.Iter);
            _e.Emit(Opcodes.GetAIter, 0);
            Await();
            int top = _e.NewLabel();
            int stop = _e.NewLabel();
            int end = _e.NewLabel();
            int reraise = _e.NewLabel();
            int depth = _e.Depth;
            _e.Mark(top);
            _e.EmitJump(Opcodes.SetupExcept, stop, 0);
            _e.Emit(Opcodes.GetANext, 1);
            Await();
            _e.Emit(Opcodes.PopBlock, 0);
            StoreTarget(f.Target);
            PushBlock(BlockForLoop, end, top, null);
            Body(f.Body);
            PopBlock();
            _e.EmitJump(Opcodes.Jump, top, 0);
            _e.Mark(stop);
            _e.Depth = depth + 1;
            _e.Emit(Opcodes.DupTop, 1);
            _e.EmitArg(Opcodes.LoadGlobal, _e.Name("StopAsyncIteration"), 1);
            _e.EmitJump(Opcodes.JumpIfNotExcMatch, reraise, -2);
            _e.Emit(Opcodes.PopTop, -1);
            _e.Emit(Opcodes.PopExcept, 0);
            _e.Emit(Opcodes.PopTop, -1);
            Body(f.OrElse);
            _e.EmitJump(Opcodes.Jump, end, 0);
            _e.Mark(reraise);
            _e.Depth = depth + 1;
            _e.Emit(Opcodes.Reraise, -1);
            _e.Mark(end);
            _e.Depth = depth - 1;
        }

        private void FunctionDefStmt(FunctionDef fd)
        {
            int applied = 0;
            bool viper = false;
            for (int i = 0; i < fd.Decorators.Length; i++)
            {
                if (!EmitterDecorator(fd.Decorators[i], fd.Line))
                {
                    Expression(fd.Decorators[i]);
                    applied++;
                }
                else
                {
                    viper |= ((Attribute)fd.Decorators[i]).Attr == "viper";
                }
            }
            _viperNext = viper;
            Name ret = fd.Returns as Name;
            _viperReturnNext = viper && ret != null ? ViperReturnCast(ret.Id) : null;
            MakeFunction(fd.ScopeInfo, fd.Name, fd.Args, fd.Body, null, fd.Line);
            for (int i = 0; i < applied; i++)
            {
                _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
            }
            StoreName(fd.Name);
        }

        /// <summary>In a @micropython.viper function (run as bytecode): ptr, ptr8, ptr16 and ptr32 name the
        /// pointer casts of the micropython module, and a parameter annotated with one of them is cast on entry.</summary>
        private static bool IsViperPtr(string name)
        {
            return name == "ptr" || name == "ptr8" || name == "ptr16" || name == "ptr32" || name == "uint";
        }

        /// <summary>The cast a viper function's result goes through for its return annotation: -> int gives a
        /// signed machine word (None is 0), -> uint and -> ptr... an unsigned one (a pointer's address).</summary>
        private static string ViperReturnCast(string annotation)
        {
            if (annotation == "int")
            {
                return "int";
            }
            return IsViperPtr(annotation) ? "uint" : null;
        }

        /// <summary>In a viper function with a machine-word return type: converts the value on the stack.</summary>
        private void ViperReturn()
        {
            if (_viperReturn != null)
            {
                LoadViperCast(_viperReturn);
                _e.Emit(Opcodes.RotTwo, 0);
                _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
            }
        }

        private void LoadViperCast(string name)
        {
            _e.EmitArg(Opcodes.LoadSmallInt, 0, 1);
            _e.Emit(Opcodes.LoadNone, 1);
            _e.EmitArg(Opcodes.ImportName, _e.Name("micropython"), -1);
            _e.EmitArg(Opcodes.LoadAttr, _e.Name(name), 0);
        }

        private void ViperPrologue(Arguments args)
        {
            for (int i = 0; args != null && i < args.Args.Length; i++)
            {
                Name ann = args.Args[i].Annotation as Name;
                if (ann != null && IsViperPtr(ann.Id))
                {
                    LoadViperCast(ann.Id);
                    LoadName(args.Args[i].Name);
                    _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
                    StoreName(args.Args[i].Name);
                }
            }
        }

        /// <summary>@micropython.bytecode/native/viper pick the code emitter at compile time, as MicroPython's
        /// compiler does (no import needed); this port compiles all three to bytecode. Any other
        /// @micropython.name is a SyntaxError there and here.</summary>
        private bool EmitterDecorator(Expr d, int line)
        {
            Expr root = d;
            int parts = 1;
            while (root is Attribute)
            {
                root = ((Attribute)root).Value;
                parts++;
            }
            Name m = root as Name;
            if (m == null || m.Id != "micropython")
            {
                return false;
            }
            Attribute a = d as Attribute;
            if (parts != 2 || (a.Attr != "bytecode" && a.Attr != "native" && a.Attr != "viper"))
            {
                throw Error("invalid micropython decorator", line);
            }
            return true;
        }

        /// <summary>Pushes a new function object for scope (body statements, or a lambda's expression).</summary>
        private void MakeFunction(Scope child, string name, Arguments args, Stmt[] body, Expr lambdaBody, int line)
        {
            int flags = 0;
            if (args != null && args.Defaults.Length > 0)
            {
                for (int i = 0; i < args.Defaults.Length; i++)
                {
                    Expression(args.Defaults[i]);
                }
                _e.EmitArg(Opcodes.BuildTuple, args.Defaults.Length, 1 - args.Defaults.Length);
                flags |= 1;
            }
            if (args != null)
            {
                int n = 0;
                for (int i = 0; i < args.KwOnlyArgs.Length; i++)
                {
                    if (args.KwDefaults[i] != null)
                    {
                        _e.EmitArg(Opcodes.LoadConst, _e.Const(args.KwOnlyArgs[i].Name), 1);
                        Expression(args.KwDefaults[i]);
                        n++;
                    }
                }
                if (n > 0)
                {
                    _e.EmitArg(Opcodes.BuildMap, n, 1 - 2 * n);
                    flags |= 2;
                }
            }
            Closure(child, ref flags);
            Compiler c = new Compiler(_file, child, this, _mode);
            c._e.SetLine(line);
            if (lambdaBody != null)
            {
                c._e.SetLine(lambdaBody.Line);
                c.Expression(lambdaBody);
                if (child.IsGenerator)
                {
                    c._e.Emit(Opcodes.PopTop, -1);
                    c._e.Emit(Opcodes.LoadNone, 1);
                }
                c._e.Emit(Opcodes.ReturnValue, -1);
            }
            else
            {
                c._viper = _viperNext;
                c._viperReturn = _viperReturnNext;
                _viperNext = false;
                _viperReturnNext = null;
                if (c._viper)
                {
                    c.ViperPrologue(args);
                }
                c.Body(body);
                c._e.Emit(Opcodes.LoadNone, 1);
                c.ViperReturn();
                c._e.Emit(Opcodes.ReturnValue, -1);
            }
            CodeObject code = c.Finish(name, line);
            SetSignature(code, args);
            _constCount = c._constCount > _constCount ? _constCount : _constCount;
            _e.EmitArg(Opcodes.LoadConst, _e.Const(code), 1);
            _e.EmitArg(Opcodes.MakeFunction, flags, -BitCount(flags));
        }

        private static int BitCount(int flags)
        {
            return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1);
        }

        private void Closure(Scope child, ref int flags)
        {
            int nfree = child.CellCount - child.OwnCellCount;
            if (nfree <= 0)
            {
                return;
            }
            for (int i = child.OwnCellCount; i < child.CellCount; i++)
            {
                int idx = _sc.CellIndex(child.CellNames[i]);
                if (idx < 0)
                {
                    throw Error("internal error: no cell for '" + child.CellNames[i] + "'", 0);
                }
                _e.EmitArg(Opcodes.LoadClosure, idx, 1);
            }
            _e.EmitArg(Opcodes.BuildTuple, nfree, 1 - nfree);
            flags |= 4;
        }

        private static void SetSignature(CodeObject code, Arguments args)
        {
            if (args == null)
            {
                code.ParamNames = new string[0];
                code.Simple = code.NCells == 0 || NoParamCells(code);
                return;
            }
            code.ArgCount = args.Args.Length;
            code.KwOnlyCount = args.KwOnlyArgs.Length;
            code.VarArgs = args.VarArg != null;
            code.VarKw = args.KwArg != null;
            code.ParamNames = new string[code.ArgCount + code.KwOnlyCount];
            for (int i = 0; i < code.ArgCount; i++)
            {
                code.ParamNames[i] = args.Args[i].Name;
            }
            for (int i = 0; i < code.KwOnlyCount; i++)
            {
                code.ParamNames[code.ArgCount + i] = args.KwOnlyArgs[i].Name;
            }
            code.Simple = code.KwOnlyCount == 0 && !code.VarArgs && !code.VarKw && NoParamCells(code);
        }

        private static bool NoParamCells(CodeObject code)
        {
            for (int i = 0; i < code.CellParam.Length; i++)
            {
                if (code.CellParam[i] >= 0)
                {
                    return false;
                }
            }
            return true;
        }

        private void ClassDefStmt(ClassDef cd)
        {
            for (int i = 0; i < cd.Decorators.Length; i++)
            {
                Expression(cd.Decorators[i]);
            }
            _e.Emit(Opcodes.LoadBuildClass, 1);
            Scope child = cd.ScopeInfo;
            int flags = 0;
            Closure(child, ref flags);
            Compiler c = new Compiler(_file, child, this, _mode);
            c._e.SetLine(cd.Line);
            c.Body(cd.Body);
            int cls = child.CellIndex("__class__");
            if (cls >= 0 && cls < child.OwnCellCount)
            {
                c._e.EmitArg(Opcodes.LoadClosure, cls, 1);
            }
            else
            {
                c._e.Emit(Opcodes.LoadNone, 1);
            }
            c._e.Emit(Opcodes.ReturnValue, -1);
            CodeObject code = c.Finish(cd.Name, cd.Line);
            code.ParamNames = new string[0];
            _e.EmitArg(Opcodes.LoadConst, _e.Const(code), 1);
            _e.EmitArg(Opcodes.MakeFunction, flags, -BitCount(flags));
            _e.EmitArg(Opcodes.LoadConst, _e.Const(cd.Name), 1);
            CallArgs(cd.Bases, cd.Keywords, 2, cd.Line);
            for (int i = cd.Decorators.Length - 1; i >= 0; i--)
            {
                _e.EmitTwo(Opcodes.CallFunction, 1, 0, -1);
            }
            StoreName(cd.Name);
        }
    }
}
