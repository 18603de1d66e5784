using MicroPy.Objects;

namespace MicroPy.Compiler
{
    public sealed partial class Parser
    {
        /// <summary>testlist: test (',' test)* [','] — a tuple when there is a comma.</summary>
        private Expr TestList()
        {
            return SeqOf(false);
        }

        /// <summary>testlist_star_expr: like testlist but *x allowed (assignment targets, return values).</summary>
        private Expr TestListStarExpr()
        {
            return SeqOf(true);
        }

        private Expr SeqOf(bool stars)
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr first = stars && IsOp("*") ? StarExpr() : Test();
            if (!IsOp(","))
            {
                if (first is Starred)
                {
                    throw Err.Syntax("can't use starred expression here", _file, line);
                }
                return first;
            }
            NodeList items = new NodeList();
            items.Add(first);
            while (AcceptOp(","))
            {
                if (!StartsExpr())
                {
                    break;
                }
                items.Add(stars && IsOp("*") ? StarExpr() : Test());
            }
            TupleExpr t = new TupleExpr();
            t.Elts = items.Exprs();
            return (Expr)Mark(t, line, col);
        }

        /// <summary>exprlist (for targets, del): expr or star_expr separated by commas.</summary>
        private Expr ExprList()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr first = IsOp("*") ? StarExpr() : Expr_();
            if (!IsOp(","))
            {
                return first;
            }
            NodeList items = new NodeList();
            items.Add(first);
            while (AcceptOp(","))
            {
                if (!StartsExpr() || IsKw("in"))
                {
                    break;
                }
                items.Add(IsOp("*") ? StarExpr() : Expr_());
            }
            TupleExpr t = new TupleExpr();
            t.Elts = items.Exprs();
            return (Expr)Mark(t, line, col);
        }

        private bool StartsExpr()
        {
            int k = Kind;
            if (k == Token.Name)
            {
                string v = (string)_lx.Values[_p];
                return !IsKeyword(v) || v == "not" || v == "lambda" || v == "None" || v == "True" || v == "False" || v == "await" || v == "yield";
            }
            if (k == Token.Number || k == Token.Str || k == Token.Bytes)
            {
                return true;
            }
            if (k == Token.Op)
            {
                string v = (string)_lx.Values[_p];
                return v == "(" || v == "[" || v == "{" || v == "-" || v == "+" || v == "~" || v == "..." || v == "*";
            }
            return false;
        }

        private Expr StarExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            ExpectOp("*");
            Starred s = new Starred();
            s.Value = Expr_();
            return (Expr)Mark(s, line, col);
        }

        private Expr YieldExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            ExpectKw("yield");
            if (_funcDepth == 0)
            {
                throw Err.Syntax("'yield' outside function", _file, line);
            }
            if (AcceptKw("from"))
            {
                YieldFrom yf = new YieldFrom();
                yf.Value = Test();
                return (Expr)Mark(yf, line, col);
            }
            Yield y = new Yield();
            if (StartsExpr() && !IsOp("*"))
            {
                y.Value = TestListStarExpr();
            }
            return (Expr)Mark(y, line, col);
        }

        private Expr Test()
        {
            Deeper();
            Expr e = TestInner();
            _nest--;
            return e;
        }

        private Expr TestInner()
        {
            if (IsKw("lambda"))
            {
                return LambdaDef(false);
            }
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = OrTest();
            if (IsKw("if"))
            {
                _p++;
                IfExp ie = new IfExp();
                ie.Body = e;
                ie.Test = OrTest();
                ExpectKw("else");
                ie.OrElse = Test();
                return (Expr)Mark(ie, line, col);
            }
            return e;
        }

        private Expr TestNoCond()
        {
            if (IsKw("lambda"))
            {
                return LambdaDef(true);
            }
            return OrTest();
        }

        private Expr LambdaDef(bool noCond)
        {
            int line = Line;
            int col = _lx.Cols[_p];
            _p++;
            Lambda l = new Lambda();
            l.Args = ParamList(":", false);
            ExpectOp(":");
            _funcDepth++;
            try
            {
                l.Body = noCond ? TestNoCond() : Test();
            }
            finally
            {
                _funcDepth--;
            }
            return (Expr)Mark(l, line, col);
        }

        private Expr OrTest()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = AndTest();
            if (!IsKw("or"))
            {
                return e;
            }
            NodeList vals = new NodeList();
            vals.Add(e);
            while (AcceptKw("or"))
            {
                vals.Add(AndTest());
            }
            BoolOp b = new BoolOp();
            b.Op = PyOp.BoolOr;
            b.Values = vals.Exprs();
            return (Expr)Mark(b, line, col);
        }

        private Expr AndTest()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = NotTest();
            if (!IsKw("and"))
            {
                return e;
            }
            NodeList vals = new NodeList();
            vals.Add(e);
            while (AcceptKw("and"))
            {
                vals.Add(NotTest());
            }
            BoolOp b = new BoolOp();
            b.Op = PyOp.BoolAnd;
            b.Values = vals.Exprs();
            return (Expr)Mark(b, line, col);
        }

        private Expr NotTest()
        {
            if (IsKw("not"))
            {
                int line = Line;
                int col = _lx.Cols[_p];
                _p++;
                UnaryOp u = new UnaryOp();
                u.Op = PyOp.Not;
                Deeper();
                u.Operand = NotTest();
                _nest--;
                return (Expr)Mark(u, line, col);
            }
            return Comparison();
        }

        private int CompOp()
        {
            if (Kind == Token.Op)
            {
                switch ((string)_lx.Values[_p])
                {
                    case "<": _p++; return PyOp.Lt;
                    case ">": _p++; return PyOp.Gt;
                    case "==": _p++; return PyOp.Eq;
                    case ">=": _p++; return PyOp.Ge;
                    case "<=": _p++; return PyOp.Le;
                    case "!=": _p++; return PyOp.Ne;
                }
                return -1;
            }
            if (Kind == Token.Name)
            {
                string v = (string)_lx.Values[_p];
                if (v == "in")
                {
                    _p++;
                    return PyOp.In;
                }
                if (v == "is")
                {
                    _p++;
                    if (AcceptKw("not"))
                    {
                        return PyOp.IsNot;
                    }
                    return PyOp.Is;
                }
                if (v == "not" && _p + 1 < _lx.Count && _lx.Kinds[_p + 1] == Token.Name && (string)_lx.Values[_p + 1] == "in")
                {
                    _p += 2;
                    return PyOp.NotIn;
                }
            }
            return -1;
        }

        private Expr Comparison()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr left = Expr_();
            int op = CompOp();
            if (op < 0)
            {
                return left;
            }
            int[] ops = new int[4];
            NodeList comps = new NodeList();
            int n = 0;
            while (op >= 0)
            {
                if (n == ops.Length)
                {
                    int[] g = new int[n * 2];
                    System.Array.Copy(ops, g, n);
                    ops = g;
                }
                ops[n++] = op;
                comps.Add(Expr_());
                op = CompOp();
            }
            Compare c = new Compare();
            c.Left = left;
            c.Ops = new int[n];
            System.Array.Copy(ops, c.Ops, n);
            c.Comparators = comps.Exprs();
            return (Expr)Mark(c, line, col);
        }

        private Expr Bin(Expr left, int op, Expr right, int line, int col)
        {
            BinOp b = new BinOp();
            b.Left = left;
            b.Op = op;
            b.Right = right;
            return (Expr)Mark(b, line, col);
        }

        /// <summary>expr: xor_expr ('|' xor_expr)*</summary>
        private Expr Expr_()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = XorExpr();
            while (IsOp("|"))
            {
                _p++;
                e = Bin(e, PyOp.Or, XorExpr(), line, col);
            }
            return e;
        }

        private Expr XorExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = AndExpr();
            while (IsOp("^"))
            {
                _p++;
                e = Bin(e, PyOp.Xor, AndExpr(), line, col);
            }
            return e;
        }

        private Expr AndExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = ShiftExpr();
            while (IsOp("&"))
            {
                _p++;
                e = Bin(e, PyOp.And, ShiftExpr(), line, col);
            }
            return e;
        }

        private Expr ShiftExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = ArithExpr();
            while (true)
            {
                if (IsOp("<<"))
                {
                    _p++;
                    e = Bin(e, PyOp.LShift, ArithExpr(), line, col);
                }
                else if (IsOp(">>"))
                {
                    _p++;
                    e = Bin(e, PyOp.RShift, ArithExpr(), line, col);
                }
                else
                {
                    return e;
                }
            }
        }

        private Expr ArithExpr()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = Term();
            while (true)
            {
                if (IsOp("+"))
                {
                    _p++;
                    e = Bin(e, PyOp.Add, Term(), line, col);
                }
                else if (IsOp("-"))
                {
                    _p++;
                    e = Bin(e, PyOp.Sub, Term(), line, col);
                }
                else
                {
                    return e;
                }
            }
        }

        private Expr Term()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = Factor();
            while (Kind == Token.Op)
            {
                int op;
                switch ((string)_lx.Values[_p])
                {
                    case "*": op = PyOp.Mul; break;
                    case "/": op = PyOp.TrueDiv; break;
                    case "//": op = PyOp.FloorDiv; break;
                    case "%": op = PyOp.Mod; break;
                    case "@": op = PyOp.MatMul; break;
                    default: return e;
                }
                _p++;
                e = Bin(e, op, Factor(), line, col);
            }
            return e;
        }

        private Expr Factor()
        {
            if (Kind == Token.Op)
            {
                string v = (string)_lx.Values[_p];
                int op = v == "-" ? PyOp.Neg : v == "+" ? PyOp.Pos : v == "~" ? PyOp.Invert : -1;
                if (op >= 0)
                {
                    int line = Line;
                    int col = _lx.Cols[_p];
                    _p++;
                    UnaryOp u = new UnaryOp();
                    u.Op = op;
                    Deeper();
                    u.Operand = Factor();
                    _nest--;
                    return (Expr)Mark(u, line, col);
                }
            }
            return Power();
        }

        private Expr Power()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e;
            if (IsKw("await"))
            {
                _p++;
                Await a = new Await();
                a.Value = AtomTrailers();
                e = (Expr)Mark(a, line, col);
            }
            else
            {
                e = AtomTrailers();
            }
            if (IsOp("**"))
            {
                _p++;
                Deeper();
                e = Bin(e, PyOp.Pow, Factor(), line, col);
                _nest--;
            }
            return e;
        }

        private Expr AtomTrailers()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr e = Atom();
            while (Kind == Token.Op)
            {
                string v = (string)_lx.Values[_p];
                if (v == "(")
                {
                    int cl = Line;
                    _p++;
                    Call c = new Call();
                    c.Func = e;
                    Expr[] args;
                    Keyword[] kws;
                    ArgList(out args, out kws);
                    ExpectOp(")");
                    c.Args = args;
                    c.Keywords = kws;
                    e = (Expr)Mark(c, line, col);
                }
                else if (v == "[")
                {
                    _p++;
                    Subscript s = new Subscript();
                    s.Value = e;
                    s.Index = SubscriptList();
                    ExpectOp("]");
                    e = (Expr)Mark(s, line, col);
                }
                else if (v == ".")
                {
                    _p++;
                    Attribute a = new Attribute();
                    a.Value = e;
                    a.Attr = ExpectName();
                    e = (Expr)Mark(a, line, col);
                }
                else
                {
                    break;
                }
            }
            return e;
        }

        private Expr SubscriptList()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr first = SubscriptItem();
            if (!IsOp(","))
            {
                return first;
            }
            NodeList items = new NodeList();
            items.Add(first);
            while (AcceptOp(","))
            {
                if (IsOp("]"))
                {
                    break;
                }
                items.Add(SubscriptItem());
            }
            TupleExpr t = new TupleExpr();
            t.Elts = items.Exprs();
            return (Expr)Mark(t, line, col);
        }

        private Expr SubscriptItem()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr lower = null;
            if (!IsOp(":"))
            {
                lower = Test();
                if (!IsOp(":"))
                {
                    return lower;
                }
            }
            _p++;
            SliceExpr s = new SliceExpr();
            s.Lower = lower;
            if (!IsOp(":") && !IsOp("]") && !IsOp(","))
            {
                s.Upper = Test();
            }
            if (AcceptOp(":"))
            {
                if (!IsOp("]") && !IsOp(","))
                {
                    s.Step = Test();
                }
            }
            return (Expr)Mark(s, line, col);
        }

        /// <summary>Call arguments: positional (Starred for *x), keywords (Arg null for **x), or one generator
        /// expression without its own parentheses.</summary>
        private void ArgList(out Expr[] args, out Keyword[] kws)
        {
            NodeList a = new NodeList();
            NodeList k = new NodeList();
            while (!IsOp(")"))
            {
                int line = Line;
                int col = _lx.Cols[_p];
                if (AcceptOp("**"))
                {
                    Keyword kw = new Keyword();
                    kw.Line = line;
                    kw.Value = Test();
                    k.Add(kw);
                }
                else if (AcceptOp("*"))
                {
                    Starred s = new Starred();
                    s.Value = Test();
                    Mark(s, line, col);
                    if (HasDoubleStar(k))
                    {
                        throw Err.Syntax("iterable argument unpacking follows keyword argument unpacking", _file, line);
                    }
                    a.Add(s);
                }
                else if (AtName() && IsOpAt(_p + 1, "="))
                {
                    Keyword kw = new Keyword();
                    kw.Line = line;
                    kw.Arg = (string)_lx.Values[_p];
                    _p += 2;
                    kw.Value = Test();
                    for (int i = 0; i < k.Count; i++)
                    {
                        if (((Keyword)k.Items[i]).Arg == kw.Arg)
                        {
                            throw Err.Syntax("keyword argument repeated", _file, line);
                        }
                    }
                    k.Add(kw);
                }
                else
                {
                    Expr e = Test();
                    if (IsKw("for") || IsKw("async"))
                    {
                        GeneratorExp g = new GeneratorExp();
                        g.Elt = e;
                        g.Generators = CompFor();
                        e = (Expr)Mark(g, line, col);
                        if (a.Count > 0 || k.Count > 0 || (IsOp(",") && !IsOpAt(_p + 1, ")")))
                        {
                            throw Err.Syntax("Generator expression must be parenthesized", _file, line);
                        }
                    }
                    else if (IsOp("="))
                    {
                        throw Err.Syntax("keyword can't be an expression", _file, line);
                    }
                    if (k.Count > 0)
                    {
                        if (HasDoubleStar(k))
                        {
                            throw Err.Syntax("positional argument follows keyword argument unpacking", _file, line);
                        }
                        throw Err.Syntax("positional argument follows keyword argument", _file, line);
                    }
                    a.Add(e);
                }
                if (!AcceptOp(","))
                {
                    break;
                }
            }
            args = a.Exprs();
            kws = new Keyword[k.Count];
            for (int i = 0; i < k.Count; i++)
            {
                kws[i] = (Keyword)k.Items[i];
            }
        }

        private static bool HasDoubleStar(NodeList k)
        {
            for (int i = 0; i < k.Count; i++)
            {
                if (((Keyword)k.Items[i]).Arg == null)
                {
                    return true;
                }
            }
            return false;
        }

        private Comprehension[] CompFor()
        {
            NodeList gens = new NodeList();
            while (IsKw("for") || (IsKw("async") && _p + 1 < _lx.Count && (string)_lx.Values[_p + 1] == "for"))
            {
                if (IsKw("async"))
                {
                    _p++;
                }
                Comprehension c = new Comprehension();
                c.Line = Line;
                _p++;
                c.Target = ExprList();
                CheckTarget(c.Target, false);
                ExpectKw("in");
                c.Iter = OrTest();
                NodeList ifs = new NodeList();
                while (IsKw("if"))
                {
                    _p++;
                    ifs.Add(TestNoCond());
                }
                c.Ifs = ifs.Exprs();
                gens.Add(c);
            }
            Comprehension[] r = new Comprehension[gens.Count];
            for (int i = 0; i < gens.Count; i++)
            {
                r[i] = (Comprehension)gens.Items[i];
            }
            return r;
        }

        private Expr Atom()
        {
            Deeper();
            Expr e = AtomInner();
            _nest--;
            return e;
        }

        private Expr AtomInner()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            int k = Kind;
            object v = _lx.Values[_p];
            switch (k)
            {
                case Token.Name:
                    {
                        string name = (string)v;
                        if (name == "None" || name == "True" || name == "False")
                        {
                            _p++;
                            NameConstant nc = new NameConstant();
                            nc.Value = name == "None" ? (object)PyNone.None : name == "True" ? PyBool.True : PyBool.False;
                            return (Expr)Mark(nc, line, col);
                        }
                        if (IsKeyword(name))
                        {
                            throw Error("invalid syntax");
                        }
                        _p++;
                        Name n = new Name();
                        n.Id = name;
                        return (Expr)Mark(n, line, col);
                    }
                case Token.Number:
                    {
                        _p++;
                        Num num = new Num();
                        num.Text = (string)v;
                        return (Expr)Mark(num, line, col);
                    }
                case Token.Str:
                case Token.Bytes:
                    return Strings(line, col);
                case Token.Op:
                    {
                        string op = (string)v;
                        if (op == "(")
                        {
                            _p++;
                            if (AcceptOp(")"))
                            {
                                TupleExpr empty = new TupleExpr();
                                empty.Elts = new Expr[0];
                                return (Expr)Mark(empty, line, col);
                            }
                            if (IsKw("yield"))
                            {
                                Expr y = YieldExpr();
                                ExpectOp(")");
                                return y;
                            }
                            Expr first = IsOp("*") ? StarExpr() : Test();
                            if (IsKw("for") || IsKw("async"))
                            {
                                GeneratorExp g = new GeneratorExp();
                                g.Elt = first;
                                g.Generators = CompFor();
                                ExpectOp(")");
                                return (Expr)Mark(g, line, col);
                            }
                            if (AcceptOp(")"))
                            {
                                if (first is Starred)
                                {
                                    throw Err.Syntax("can't use starred expression here", _file, line);
                                }
                                return first;
                            }
                            NodeList items = new NodeList();
                            items.Add(first);
                            while (AcceptOp(","))
                            {
                                if (IsOp(")"))
                                {
                                    break;
                                }
                                items.Add(IsOp("*") ? StarExpr() : Test());
                            }
                            ExpectOp(")");
                            TupleExpr t = new TupleExpr();
                            t.Elts = items.Exprs();
                            return (Expr)Mark(t, line, col);
                        }
                        if (op == "[")
                        {
                            _p++;
                            if (AcceptOp("]"))
                            {
                                ListExpr empty = new ListExpr();
                                empty.Elts = new Expr[0];
                                return (Expr)Mark(empty, line, col);
                            }
                            Expr first = IsOp("*") ? StarExpr() : Test();
                            if (IsKw("for") || IsKw("async"))
                            {
                                ListComp lc = new ListComp();
                                lc.Elt = first;
                                lc.Generators = CompFor();
                                ExpectOp("]");
                                return (Expr)Mark(lc, line, col);
                            }
                            NodeList items = new NodeList();
                            items.Add(first);
                            while (AcceptOp(","))
                            {
                                if (IsOp("]"))
                                {
                                    break;
                                }
                                items.Add(IsOp("*") ? StarExpr() : Test());
                            }
                            ExpectOp("]");
                            ListExpr l = new ListExpr();
                            l.Elts = items.Exprs();
                            return (Expr)Mark(l, line, col);
                        }
                        if (op == "{")
                        {
                            _p++;
                            return DictOrSet(line, col);
                        }
                        if (op == "...")
                        {
                            _p++;
                            return (Expr)Mark(new EllipsisExpr(), line, col);
                        }
                        break;
                    }
            }
            if (k == Token.Indent)
            {
                throw new PyException(IndentError("unexpected indent"));
            }
            throw Error("invalid syntax");
        }

        private Expr DictOrSet(int line, int col)
        {
            if (AcceptOp("}"))
            {
                DictExpr empty = new DictExpr();
                empty.Keys = new Expr[0];
                empty.Values = new Expr[0];
                return (Expr)Mark(empty, line, col);
            }
            if (IsOp("**") || !IsOp("*"))
            {
                Expr k = null;
                Expr first;
                if (AcceptOp("**"))
                {
                    first = Expr_();
                }
                else
                {
                    k = Test();
                    if (!IsOp(":"))
                    {
                        return SetRest(k, line, col);
                    }
                    _p++;
                    first = Test();
                    if (IsKw("for") || IsKw("async"))
                    {
                        DictComp dc = new DictComp();
                        dc.Key = k;
                        dc.Value = first;
                        dc.Generators = CompFor();
                        ExpectOp("}");
                        return (Expr)Mark(dc, line, col);
                    }
                }
                NodeList keys = new NodeList();
                NodeList vals = new NodeList();
                keys.Add(k);
                vals.Add(first);
                while (AcceptOp(","))
                {
                    if (IsOp("}"))
                    {
                        break;
                    }
                    if (AcceptOp("**"))
                    {
                        keys.Add(null);
                        vals.Add(Expr_());
                        continue;
                    }
                    keys.Add(Test());
                    ExpectOp(":");
                    vals.Add(Test());
                }
                ExpectOp("}");
                DictExpr d = new DictExpr();
                d.Keys = keys.Exprs();
                d.Values = vals.Exprs();
                return (Expr)Mark(d, line, col);
            }
            return SetRest(StarExpr(), line, col);
        }

        private Expr SetRest(Expr first, int line, int col)
        {
            if (IsKw("for") || IsKw("async"))
            {
                SetComp sc = new SetComp();
                sc.Elt = first;
                sc.Generators = CompFor();
                ExpectOp("}");
                return (Expr)Mark(sc, line, col);
            }
            NodeList items = new NodeList();
            items.Add(first);
            while (AcceptOp(","))
            {
                if (IsOp("}"))
                {
                    break;
                }
                items.Add(IsOp("*") ? StarExpr() : Test());
            }
            ExpectOp("}");
            SetExpr s = new SetExpr();
            s.Elts = items.Exprs();
            return (Expr)Mark(s, line, col);
        }

        /// <summary>Adjacent string literals join; mixing bytes and str is an error.</summary>
        private Expr Strings(int line, int col)
        {
            int k = Kind;
            if (k == Token.Str)
            {
                string first = (string)_lx.Values[_p++];
                if (Kind != Token.Str && Kind != Token.Bytes)
                {
                    Str one = new Str();
                    one.Value = first;
                    return (Expr)Mark(one, line, col);
                }
                StrBuf sb = new StrBuf();
                sb.Append(first);
                while (Kind == Token.Str || Kind == Token.Bytes)
                {
                    if (Kind == Token.Bytes)
                    {
                        throw Err.Syntax("cannot mix bytes and nonbytes literals", _file, line);
                    }
                    sb.Append((string)_lx.Values[_p++]);
                }
                Str s = new Str();
                s.Value = sb.ToString();
                return (Expr)Mark(s, line, col);
            }
            byte[] data = (byte[])_lx.Values[_p++];
            while (Kind == Token.Str || Kind == Token.Bytes)
            {
                if (Kind == Token.Str)
                {
                    throw Err.Syntax("cannot mix bytes and nonbytes literals", _file, line);
                }
                byte[] more = (byte[])_lx.Values[_p++];
                byte[] joined = new byte[data.Length + more.Length];
                System.Array.Copy(data, joined, data.Length);
                System.Array.Copy(more, 0, joined, data.Length, more.Length);
                data = joined;
            }
            Bytes b = new Bytes();
            b.Value = data;
            return (Expr)Mark(b, line, col);
        }
    }
}
