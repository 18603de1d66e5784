using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Compiler
{
    /// <summary>
    /// The symbol pass: builds the scope tree (recording which names each scope binds, declares global/nonlocal
    /// and uses), then resolves every name to a fast slot, a cell, a global or a dict lookup, CPython's rules.
    /// </summary>
    public sealed class Symtable
    {
        private readonly string _file;
        private int _depth;

        private Symtable(string file)
        {
            _file = file;
        }

        public static Scope Build(ModuleNode m, string file)
        {
            Symtable st = new Symtable(file);
            Scope root = new Scope(Scope.KindModule, null, "<module>");
            st.Stmts(m.Body, root);
            st.Propagate(root);
            Finish(root);
            return root;
        }

        /// <summary>Scope for an expression compiled on its own (eval).</summary>
        public static Scope BuildExpr(Expr e, string file)
        {
            Symtable st = new Symtable(file);
            Scope root = new Scope(Scope.KindModule, null, "<module>");
            st.Visit(e, root);
            st.Propagate(root);
            Finish(root);
            return root;
        }

        private void Stmts(Stmt[] body, Scope sc)
        {
            if (body == null)
            {
                return;
            }
            for (int i = 0; i < body.Length; i++)
            {
                Stmt(body[i], sc);
            }
        }

        private void Exprs(Expr[] es, Scope sc)
        {
            if (es == null)
            {
                return;
            }
            for (int i = 0; i < es.Length; i++)
            {
                if (es[i] != null)
                {
                    Visit(es[i], sc);
                }
            }
        }

        private void Declare(Scope sc, string name, int flag, int line)
        {
            int i = sc.Find(name);
            if (i >= 0 && (sc.Flags[i] & (Scope.FlagAssigned | Scope.FlagUsed | Scope.FlagParam)) != 0)
            {
                int f = sc.Flags[i];
                string kind = flag == Scope.FlagGlobal ? "global" : "nonlocal";
                if ((f & Scope.FlagParam) != 0)
                {
                    throw Err.Syntax("name '" + name + "' is parameter and " + kind, _file, line);
                }
                throw Err.Syntax("name '" + name + "' is " + ((f & Scope.FlagAssigned) != 0 ? "assigned to" : "used") + " before " + kind + " declaration", _file, line);
            }
            sc.Add(name, flag);
        }

        private void Stmt(Stmt s, Scope sc)
        {
            Deeper();
            StmtInner(s, sc);
            _depth--;
        }

        private void Deeper()
        {
            if (++_depth > Compiler.MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
        }

        private void StmtInner(Stmt s, Scope sc)
        {
            FunctionDef fd = s as FunctionDef;
            if (fd != null)
            {
                Exprs(fd.Decorators, sc);
                ArgDefaults(fd.Args, sc);
                sc.Add(fd.Name, Scope.FlagAssigned);
                Scope f = new Scope(Scope.KindFunction, sc, fd.Name);
                f.IsCoroutine = fd.IsAsync;
                sc.AddChild(f);
                fd.ScopeInfo = f;
                Params(fd.Args, f);
                Stmts(fd.Body, f);
                return;
            }
            ClassDef cd = s as ClassDef;
            if (cd != null)
            {
                Exprs(cd.Decorators, sc);
                Exprs(cd.Bases, sc);
                for (int i = 0; i < cd.Keywords.Length; i++)
                {
                    Visit(cd.Keywords[i].Value, sc);
                }
                sc.Add(cd.Name, Scope.FlagAssigned);
                Scope c = new Scope(Scope.KindClass, sc, cd.Name);
                sc.AddChild(c);
                cd.ScopeInfo = c;
                Stmts(cd.Body, c);
                return;
            }
            Assign a = s as Assign;
            if (a != null)
            {
                Visit(a.Value, sc);
                for (int i = 0; i < a.Targets.Length; i++)
                {
                    Target(a.Targets[i], sc);
                }
                return;
            }
            AugAssign aa = s as AugAssign;
            if (aa != null)
            {
                Visit(aa.Value, sc);
                Name n = aa.Target as Name;
                if (n != null)
                {
                    Use(n.Id, sc);
                }
                Target(aa.Target, sc);
                return;
            }
            ExprStmt es = s as ExprStmt;
            if (es != null)
            {
                Visit(es.Value, sc);
                return;
            }
            Return r = s as Return;
            if (r != null)
            {
                if (r.Value != null)
                {
                    Visit(r.Value, sc);
                }
                return;
            }
            If ifs = s as If;
            while (ifs != null)
            {
                // An elif chain in a loop: it is not nesting.
                Visit(ifs.Test, sc);
                Stmts(ifs.Body, sc);
                Stmt[] orElse = ifs.OrElse;
                ifs = orElse != null && orElse.Length == 1 ? orElse[0] as If : null;
                if (ifs == null)
                {
                    Stmts(orElse, sc);
                    return;
                }
            }
            While w = s as While;
            if (w != null)
            {
                Visit(w.Test, sc);
                Stmts(w.Body, sc);
                Stmts(w.OrElse, sc);
                return;
            }
            For fo = s as For;
            if (fo != null)
            {
                Visit(fo.Iter, sc);
                Target(fo.Target, sc);
                Stmts(fo.Body, sc);
                Stmts(fo.OrElse, sc);
                return;
            }
            Try t = s as Try;
            if (t != null)
            {
                Stmts(t.Body, sc);
                for (int i = 0; i < t.Handlers.Length; i++)
                {
                    ExceptHandler h = t.Handlers[i];
                    if (h.Type != null)
                    {
                        Visit(h.Type, sc);
                    }
                    if (h.Name != null)
                    {
                        Bind(h.Name, sc);
                    }
                    Stmts(h.Body, sc);
                }
                Stmts(t.OrElse, sc);
                Stmts(t.FinalBody, sc);
                return;
            }
            With wi = s as With;
            if (wi != null)
            {
                for (int i = 0; i < wi.Items.Length; i++)
                {
                    Visit(wi.Items[i].ContextExpr, sc);
                    if (wi.Items[i].OptionalVars != null)
                    {
                        Target(wi.Items[i].OptionalVars, sc);
                    }
                }
                Stmts(wi.Body, sc);
                return;
            }
            Raise ra = s as Raise;
            if (ra != null)
            {
                if (ra.Exc != null)
                {
                    Visit(ra.Exc, sc);
                }
                if (ra.Cause != null)
                {
                    Visit(ra.Cause, sc);
                }
                return;
            }
            Delete d = s as Delete;
            if (d != null)
            {
                for (int i = 0; i < d.Targets.Length; i++)
                {
                    Target(d.Targets[i], sc);
                }
                return;
            }
            Assert asr = s as Assert;
            if (asr != null)
            {
                Visit(asr.Test, sc);
                if (asr.Msg != null)
                {
                    Visit(asr.Msg, sc);
                }
                return;
            }
            Import im = s as Import;
            if (im != null)
            {
                for (int i = 0; i < im.Names.Length; i++)
                {
                    Alias al = im.Names[i];
                    string bound = al.AsName;
                    if (bound == null)
                    {
                        int dot = al.Name.IndexOf('.');
                        bound = dot < 0 ? al.Name : al.Name.Substring(0, dot);
                    }
                    Bind(Qstr.Intern(bound), sc);
                }
                return;
            }
            ImportFrom imf = s as ImportFrom;
            if (imf != null)
            {
                for (int i = 0; i < imf.Names.Length; i++)
                {
                    Alias al = imf.Names[i];
                    if (al.Name == "*")
                    {
                        if (sc.Kind == Scope.KindFunction)
                        {
                            throw Err.Syntax("import * only allowed at module level", _file, imf.Line);
                        }
                        sc.HasStarImport = true;
                        continue;
                    }
                    Bind(al.AsName ?? al.Name, sc);
                }
                return;
            }
            Global g = s as Global;
            if (g != null)
            {
                for (int i = 0; i < g.Names.Length; i++)
                {
                    Declare(sc, g.Names[i], Scope.FlagGlobal, g.Line);
                }
                return;
            }
            Nonlocal nl = s as Nonlocal;
            if (nl != null)
            {
                if (sc.Kind != Scope.KindFunction)
                {
                    throw Err.Syntax("nonlocal declaration not allowed at module level", _file, nl.Line);
                }
                for (int i = 0; i < nl.Names.Length; i++)
                {
                    Declare(sc, nl.Names[i], Scope.FlagNonlocal, nl.Line);
                }
                return;
            }
        }

        private void ArgDefaults(Arguments args, Scope sc)
        {
            Exprs(args.Defaults, sc);
            Exprs(args.KwDefaults, sc);
        }

        private void Params(Arguments args, Scope f)
        {
            int n = args.Args.Length + args.KwOnlyArgs.Length + (args.VarArg != null ? 1 : 0) + (args.KwArg != null ? 1 : 0);
            string[] ps = new string[n];
            int k = 0;
            for (int i = 0; i < args.Args.Length; i++)
            {
                ps[k++] = args.Args[i].Name;
            }
            for (int i = 0; i < args.KwOnlyArgs.Length; i++)
            {
                ps[k++] = args.KwOnlyArgs[i].Name;
            }
            if (args.VarArg != null)
            {
                ps[k++] = args.VarArg.Name;
            }
            if (args.KwArg != null)
            {
                ps[k++] = args.KwArg.Name;
            }
            f.Params = ps;
            for (int i = 0; i < ps.Length; i++)
            {
                f.Add(ps[i], Scope.FlagParam);
            }
        }

        private void Bind(string name, Scope sc)
        {
            sc.Add(name, Scope.FlagAssigned);
        }

        private void Use(string name, Scope sc)
        {
            sc.Add(name, Scope.FlagUsed);
            if (sc.Kind == Scope.KindFunction && (name == "super" || name == "__class__"))
            {
                sc.UsesSuperOrClass = true;
                sc.Add("__class__", Scope.FlagUsed);
            }
        }

        private void Target(Expr t, Scope sc)
        {
            Name n = t as Name;
            if (n != null)
            {
                Bind(n.Id, sc);
                return;
            }
            TupleExpr te = t as TupleExpr;
            if (te != null)
            {
                for (int i = 0; i < te.Elts.Length; i++)
                {
                    Target(te.Elts[i], sc);
                }
                return;
            }
            ListExpr le = t as ListExpr;
            if (le != null)
            {
                for (int i = 0; i < le.Elts.Length; i++)
                {
                    Target(le.Elts[i], sc);
                }
                return;
            }
            Starred st = t as Starred;
            if (st != null)
            {
                Target(st.Value, sc);
                return;
            }
            Visit(t, sc);
        }

        private void Visit(Expr e, Scope sc)
        {
            Deeper();
            VisitInner(e, sc);
            _depth--;
        }

        private void VisitInner(Expr e, Scope sc)
        {
            Name n = e as Name;
            if (n != null)
            {
                Use(n.Id, sc);
                return;
            }
            if (e is Num || e is Str || e is Bytes || e is NameConstant || e is EllipsisExpr)
            {
                return;
            }
            BinOp b = e as BinOp;
            if (b != null)
            {
                Visit(b.Left, sc);
                Visit(b.Right, sc);
                return;
            }
            Attribute at = e as Attribute;
            if (at != null)
            {
                Visit(at.Value, sc);
                return;
            }
            Call c = e as Call;
            if (c != null)
            {
                Visit(c.Func, sc);
                Exprs(c.Args, sc);
                for (int i = 0; i < c.Keywords.Length; i++)
                {
                    Visit(c.Keywords[i].Value, sc);
                }
                return;
            }
            Subscript su = e as Subscript;
            if (su != null)
            {
                Visit(su.Value, sc);
                Visit(su.Index, sc);
                return;
            }
            Compare cm = e as Compare;
            if (cm != null)
            {
                Visit(cm.Left, sc);
                Exprs(cm.Comparators, sc);
                return;
            }
            UnaryOp u = e as UnaryOp;
            if (u != null)
            {
                Visit(u.Operand, sc);
                return;
            }
            BoolOp bo = e as BoolOp;
            if (bo != null)
            {
                Exprs(bo.Values, sc);
                return;
            }
            TupleExpr te = e as TupleExpr;
            if (te != null)
            {
                Exprs(te.Elts, sc);
                return;
            }
            ListExpr le = e as ListExpr;
            if (le != null)
            {
                Exprs(le.Elts, sc);
                return;
            }
            SetExpr se = e as SetExpr;
            if (se != null)
            {
                Exprs(se.Elts, sc);
                return;
            }
            DictExpr de = e as DictExpr;
            if (de != null)
            {
                Exprs(de.Keys, sc);
                Exprs(de.Values, sc);
                return;
            }
            IfExp ie = e as IfExp;
            if (ie != null)
            {
                Visit(ie.Test, sc);
                Visit(ie.Body, sc);
                Visit(ie.OrElse, sc);
                return;
            }
            SliceExpr sl = e as SliceExpr;
            if (sl != null)
            {
                if (sl.Lower != null)
                {
                    Visit(sl.Lower, sc);
                }
                if (sl.Upper != null)
                {
                    Visit(sl.Upper, sc);
                }
                if (sl.Step != null)
                {
                    Visit(sl.Step, sc);
                }
                return;
            }
            Starred st = e as Starred;
            if (st != null)
            {
                Visit(st.Value, sc);
                return;
            }
            Lambda la = e as Lambda;
            if (la != null)
            {
                ArgDefaults(la.Args, sc);
                Scope f = new Scope(Scope.KindFunction, sc, "<lambda>");
                sc.AddChild(f);
                la.ScopeInfo = f;
                Params(la.Args, f);
                Visit(la.Body, f);
                return;
            }
            Yield y = e as Yield;
            if (y != null)
            {
                MarkYield(sc, y.Line);
                if (y.Value != null)
                {
                    Visit(y.Value, sc);
                }
                return;
            }
            YieldFrom yf = e as YieldFrom;
            if (yf != null)
            {
                MarkYield(sc, yf.Line);
                Visit(yf.Value, sc);
                return;
            }
            Await aw = e as Await;
            if (aw != null)
            {
                if (sc.Kind != Scope.KindFunction)
                {
                    throw Err.Syntax("'await' outside function", _file, aw.Line);
                }
                MarkGenerator(sc, aw.Line);
                Visit(aw.Value, sc);
                return;
            }
            ListComp lc = e as ListComp;
            if (lc != null)
            {
                Comp(e, lc.Generators, lc.Elt, null, sc, "<listcomp>");
                return;
            }
            SetComp scm = e as SetComp;
            if (scm != null)
            {
                Comp(e, scm.Generators, scm.Elt, null, sc, "<setcomp>");
                return;
            }
            DictComp dc = e as DictComp;
            if (dc != null)
            {
                Comp(e, dc.Generators, dc.Key, dc.Value, sc, "<dictcomp>");
                return;
            }
            GeneratorExp ge = e as GeneratorExp;
            if (ge != null)
            {
                Scope gs = Comp(e, ge.Generators, ge.Elt, null, sc, "<genexpr>");
                gs.IsGenerator = true;
                return;
            }
        }

        /// <summary>yield in a comprehension: its own function would become the generator, not the one around it.</summary>
        private void MarkYield(Scope sc, int line)
        {
            string n = sc.Name;
            if (n == "<listcomp>" || n == "<setcomp>" || n == "<dictcomp>" || n == "<genexpr>")
            {
                throw Err.Syntax("'yield' inside " + (n == "<genexpr>" ? "generator expression" : n.Substring(1, n.Length - 6) + " comprehension"), _file, line);
            }
            MarkGenerator(sc, line);
        }

        private void MarkGenerator(Scope sc, int line)
        {
            if (sc.Kind != Scope.KindFunction)
            {
                throw Err.Syntax("'yield' outside function", _file, line);
            }
            sc.IsGenerator = true;
        }

        /// <summary>A comprehension is a function of one argument (the first iterator, evaluated outside).</summary>
        private Scope Comp(Expr node, Comprehension[] gens, Expr elt, Expr value, Scope sc, string name)
        {
            Visit(gens[0].Iter, sc);
            Scope f = new Scope(Scope.KindFunction, sc, name);
            sc.AddChild(f);
            node.ScopeInfo = f;
            f.Params = new string[] { ".0" };
            f.Add(".0", Scope.FlagParam);
            for (int i = 0; i < gens.Length; i++)
            {
                if (i > 0)
                {
                    Visit(gens[i].Iter, f);
                }
                Target(gens[i].Target, f);
                Exprs(gens[i].Ifs, f);
            }
            Visit(elt, f);
            if (value != null)
            {
                Visit(value, f);
            }
            return f;
        }

        // ---- resolution ----

        /// <summary>Children first: every free use marks the binding function scope's name as captured and passes
        /// the name through every function scope in between.</summary>
        private void Propagate(Scope sc)
        {
            for (int i = 0; i < sc.ChildCount; i++)
            {
                Propagate(sc.Children[i]);
            }
            if (sc.Kind == Scope.KindModule)
            {
                return;
            }
            for (int i = 0; i < sc.Count; i++)
            {
                string name = sc.Names[i];
                int f = sc.Flags[i];
                if ((f & Scope.FlagGlobal) != 0)
                {
                    continue;
                }
                bool local = (f & (Scope.FlagAssigned | Scope.FlagParam)) != 0 && (f & Scope.FlagNonlocal) == 0;
                if (local && !(sc.Kind == Scope.KindClass && name == "__class__"))
                {
                    continue;
                }
                if (sc.Kind == Scope.KindClass && (f & Scope.FlagNonlocal) == 0 && name != "__class__")
                {
                    // A class body reads enclosing function variables through cells (LOAD_CLASSDEREF).
                    Scope owner = FindBinding(sc.Parent, name);
                    if (owner != null)
                    {
                        Capture(sc, owner, name);
                    }
                    continue;
                }
                if (sc.Kind != Scope.KindFunction)
                {
                    continue;
                }
                Scope binding = name == "__class__" ? FindClassScope(sc.Parent) : FindBinding(sc.Parent, name);
                if (binding == null)
                {
                    if ((f & Scope.FlagNonlocal) != 0)
                    {
                        throw Err.Syntax("no binding for nonlocal '" + name + "' found", _file, 0);
                    }
                    continue;
                }
                Capture(sc, binding, name);
            }
        }

        private static void Capture(Scope user, Scope binding, string name)
        {
            int bi = binding.Find(name);
            if (bi < 0)
            {
                bi = binding.Add(name, 0);
            }
            binding.Flags[bi] |= Scope.FlagCaptured;
            if (binding.Kind == Scope.KindClass)
            {
                binding.NeedsClassCell = true;
            }
            for (Scope s = user; s != binding && s != null; s = s.Parent)
            {
                s.AddFree(name);
            }
        }

        private static Scope FindBinding(Scope s, string name)
        {
            for (; s != null; s = s.Parent)
            {
                if (s.Kind == Scope.KindModule)
                {
                    return null;
                }
                if (s.Kind == Scope.KindClass)
                {
                    continue;
                }
                int i = s.Find(name);
                if (i >= 0)
                {
                    int f = s.Flags[i];
                    if ((f & Scope.FlagGlobal) != 0)
                    {
                        return null;
                    }
                    if ((f & (Scope.FlagAssigned | Scope.FlagParam)) != 0 && (f & Scope.FlagNonlocal) == 0)
                    {
                        return s;
                    }
                }
            }
            return null;
        }

        private static Scope FindClassScope(Scope s)
        {
            for (; s != null; s = s.Parent)
            {
                if (s.Kind == Scope.KindClass)
                {
                    return s;
                }
                if (s.Kind == Scope.KindModule)
                {
                    return null;
                }
            }
            return null;
        }

        /// <summary>Assigns slots: parameters, then other fast locals; own cells, then free variables.</summary>
        private static void Finish(Scope sc)
        {
            sc.Where = new int[sc.Count];
            sc.Index = new int[sc.Count];
            if (sc.Kind == Scope.KindFunction)
            {
                sc.FastNames = new string[sc.Count + 1];
                for (int i = 0; i < sc.Params.Length; i++)
                {
                    sc.FastNames[sc.FastCount++] = sc.Params[i];
                }
            }
            // Own cells.
            for (int i = 0; i < sc.Count; i++)
            {
                int f = sc.Flags[i];
                bool local = (f & (Scope.FlagAssigned | Scope.FlagParam)) != 0 && (f & (Scope.FlagNonlocal | Scope.FlagGlobal)) == 0;
                if ((f & Scope.FlagCaptured) != 0 && (local || (sc.Kind == Scope.KindClass && sc.Names[i] == "__class__")))
                {
                    if (sc.Kind == Scope.KindClass && sc.Names[i] != "__class__")
                    {
                        continue;
                    }
                    sc.AddCell(sc.Names[i]);
                }
            }
            sc.OwnCellCount = sc.CellCount;
            for (int i = 0; i < sc.FreeCount; i++)
            {
                if (sc.CellIndex(sc.Frees[i]) < 0 || sc.Kind == Scope.KindClass)
                {
                    sc.AddCell(sc.Frees[i]);
                }
            }
            for (int i = 0; i < sc.Count; i++)
            {
                string name = sc.Names[i];
                int f = sc.Flags[i];
                if ((f & Scope.FlagGlobal) != 0)
                {
                    sc.Where[i] = Scope.WhereGlobal;
                    continue;
                }
                if (sc.Kind == Scope.KindModule)
                {
                    sc.Where[i] = Scope.WhereName;
                    continue;
                }
                if (sc.Kind == Scope.KindClass)
                {
                    bool bound = (f & (Scope.FlagAssigned | Scope.FlagParam)) != 0;
                    int ci = FreeIndex(sc, name);
                    if (!bound && ci >= 0)
                    {
                        sc.Where[i] = Scope.WhereClassDeref;
                        sc.Index[i] = ci;
                    }
                    else
                    {
                        sc.Where[i] = Scope.WhereName;
                    }
                    continue;
                }
                int cell = sc.CellIndex(name);
                if (cell >= 0)
                {
                    sc.Where[i] = Scope.WhereCell;
                    sc.Index[i] = cell;
                    if ((f & Scope.FlagParam) != 0)
                    {
                        // The argument arrives in its fast slot; the frame set-up moves it into the cell.
                        sc.Index[i] = cell;
                    }
                    continue;
                }
                if ((f & (Scope.FlagAssigned | Scope.FlagParam)) != 0)
                {
                    int slot = -1;
                    for (int k = 0; k < sc.FastCount; k++)
                    {
                        if (sc.FastNames[k] == name)
                        {
                            slot = k;
                            break;
                        }
                    }
                    if (slot < 0)
                    {
                        slot = sc.FastCount;
                        sc.FastNames[sc.FastCount++] = name;
                    }
                    sc.Where[i] = Scope.WhereFast;
                    sc.Index[i] = slot;
                    continue;
                }
                sc.Where[i] = Scope.WhereGlobal;
            }
            for (int i = 0; i < sc.ChildCount; i++)
            {
                Finish(sc.Children[i]);
            }
        }

        private static int FreeIndex(Scope sc, string name)
        {
            for (int i = 0; i < sc.FreeCount; i++)
            {
                if (sc.Frees[i] == name)
                {
                    return sc.CellIndex(name);
                }
            }
            return -1;
        }
    }
}
