using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Compiler
{
    public sealed partial class Parser
    {
        private ModuleNode FileInput()
        {
            ModuleNode m = new ModuleNode();
            m.Line = 1;
            NodeList body = new NodeList();
            while (Kind != Token.End)
            {
                if (Kind == Token.Newline)
                {
                    _p++;
                    continue;
                }
                if (Kind == Token.Indent)
                {
                    throw new PyException(IndentError("unexpected indent"));
                }
                if (Kind == Token.Dedent)
                {
                    _p++;
                    continue;
                }
                Statement(body);
            }
            m.Body = body.Stmts();
            return m;
        }

        private PyBaseException IndentError(string msg)
        {
            PyBaseException e = PyBaseException.Create(PyExc.IndentationError, msg);
            e.SyntaxFile = _file;
            e.SyntaxLine = Line;
            return e;
        }

        /// <summary>Parses one statement (a simple-statement line may add several) into body.</summary>
        private void Statement(NodeList body)
        {
            if (Kind == Token.Name)
            {
                string kw = (string)_lx.Values[_p];
                switch (kw)
                {
                    case "if":
                        body.Add(IfStmt());
                        return;
                    case "while":
                        body.Add(WhileStmt());
                        return;
                    case "for":
                        body.Add(ForStmt(false));
                        return;
                    case "try":
                        body.Add(TryStmt());
                        return;
                    case "with":
                        body.Add(WithStmt(false));
                        return;
                    case "def":
                        body.Add(FuncDef(null, false));
                        return;
                    case "class":
                        body.Add(ClassDefStmt(null));
                        return;
                    case "async":
                        body.Add(AsyncStmt(null));
                        return;
                }
            }
            if (IsOp("@"))
            {
                body.Add(Decorated());
                return;
            }
            SimpleStmt(body);
        }

        private void SimpleStmt(NodeList body)
        {
            while (true)
            {
                body.Add(SmallStmt());
                if (AcceptOp(";"))
                {
                    if (Kind == Token.Newline || Kind == Token.End)
                    {
                        break;
                    }
                    continue;
                }
                break;
            }
            if (Kind == Token.Newline)
            {
                _p++;
            }
            else if (Kind != Token.End && Kind != Token.Dedent)
            {
                throw Error("invalid syntax");
            }
        }

        private Stmt SmallStmt()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            if (Kind == Token.Name)
            {
                string kw = (string)_lx.Values[_p];
                switch (kw)
                {
                    case "pass":
                        _p++;
                        return (Stmt)Mark(new Pass(), line, col);
                    case "break":
                        _p++;
                        return (Stmt)Mark(new Break(), line, col);
                    case "continue":
                        _p++;
                        return (Stmt)Mark(new Continue(), line, col);
                    case "return":
                        {
                            _p++;
                            Return r = new Return();
                            if (!AtStmtEnd())
                            {
                                r.Value = TestListStarExpr();
                            }
                            return (Stmt)Mark(r, line, col);
                        }
                    case "del":
                        {
                            _p++;
                            Delete d = new Delete();
                            Expr t = ExprList();
                            TupleExpr te = t as TupleExpr;
                            d.Targets = te != null ? te.Elts : new Expr[] { t };
                            for (int i = 0; i < d.Targets.Length; i++)
                            {
                                CheckTarget(d.Targets[i], true);
                            }
                            return (Stmt)Mark(d, line, col);
                        }
                    case "raise":
                        {
                            _p++;
                            Raise r = new Raise();
                            if (!AtStmtEnd())
                            {
                                r.Exc = Test();
                                if (AcceptKw("from"))
                                {
                                    r.Cause = Test();
                                }
                            }
                            return (Stmt)Mark(r, line, col);
                        }
                    case "global":
                    case "nonlocal":
                        {
                            _p++;
                            string[] names = NameList();
                            if (kw == "global")
                            {
                                Global g = new Global();
                                g.Names = names;
                                return (Stmt)Mark(g, line, col);
                            }
                            Nonlocal nl = new Nonlocal();
                            nl.Names = names;
                            return (Stmt)Mark(nl, line, col);
                        }
                    case "assert":
                        {
                            _p++;
                            Assert a = new Assert();
                            a.Test = Test();
                            if (AcceptOp(","))
                            {
                                a.Msg = Test();
                            }
                            return (Stmt)Mark(a, line, col);
                        }
                    case "yield":
                        {
                            ExprStmt ys = new ExprStmt();
                            ys.Value = YieldExpr();
                            return (Stmt)Mark(ys, line, col);
                        }
                    case "import":
                        return ImportName();
                    case "from":
                        return ImportFromStmt();
                }
            }
            return ExprStmtRule();
        }

        private bool AtStmtEnd()
        {
            return Kind == Token.Newline || Kind == Token.End || IsOp(";") || Kind == Token.Dedent;
        }

        private string[] NameList()
        {
            string[] names = new string[4];
            int n = 0;
            do
            {
                if (n == names.Length)
                {
                    string[] g = new string[n * 2];
                    System.Array.Copy(names, g, n);
                    names = g;
                }
                names[n++] = ExpectName();
            }
            while (AcceptOp(","));
            string[] r = new string[n];
            System.Array.Copy(names, r, n);
            return r;
        }

        private Stmt ExprStmtRule()
        {
            int line = Line;
            int col = _lx.Cols[_p];
            Expr first = TestListStarExpr();
            if (Kind == Token.Op)
            {
                string op = (string)_lx.Values[_p];
                int aug = AugOp(op);
                if (aug >= 0)
                {
                    _p++;
                    CheckAugTarget(first);
                    AugAssign a = new AugAssign();
                    a.Target = first;
                    a.Op = aug;
                    a.Value = IsKw("yield") ? YieldExpr() : TestList();
                    return (Stmt)Mark(a, line, col);
                }
                if (op == "=")
                {
                    NodeList targets = new NodeList();
                    targets.Add(first);
                    Expr value = null;
                    while (AcceptOp("="))
                    {
                        value = IsKw("yield") ? YieldExpr() : TestListStarExpr();
                        if (IsOp("="))
                        {
                            targets.Add(value);
                        }
                    }
                    Assign asg = new Assign();
                    asg.Targets = targets.Exprs();
                    asg.Value = value;
                    for (int i = 0; i < asg.Targets.Length; i++)
                    {
                        CheckTarget(asg.Targets[i], false);
                    }
                    return (Stmt)Mark(asg, line, col);
                }
                if (op == ":")
                {
                    // Variable annotation (accepted, as later Pythons): x: T [= v]
                    _p++;
                    Test();
                    if (AcceptOp("="))
                    {
                        Assign asg = new Assign();
                        asg.Targets = new Expr[] { first };
                        asg.Value = Test();
                        CheckTarget(first, false);
                        return (Stmt)Mark(asg, line, col);
                    }
                    return (Stmt)Mark(new Pass(), line, col);
                }
            }
            ExprStmt es = new ExprStmt();
            es.Value = first;
            return (Stmt)Mark(es, line, col);
        }

        private static int AugOp(string op)
        {
            switch (op)
            {
                case "+=": return PyOp.Add;
                case "-=": return PyOp.Sub;
                case "*=": return PyOp.Mul;
                case "/=": return PyOp.TrueDiv;
                case "//=": return PyOp.FloorDiv;
                case "%=": return PyOp.Mod;
                case "**=": return PyOp.Pow;
                case "<<=": return PyOp.LShift;
                case ">>=": return PyOp.RShift;
                case "&=": return PyOp.And;
                case "|=": return PyOp.Or;
                case "^=": return PyOp.Xor;
                case "@=": return PyOp.MatMul;
            }
            return -1;
        }

        private void CheckAugTarget(Expr t)
        {
            if (t is Name || t is Attribute || t is Subscript)
            {
                return;
            }
            throw Err.Syntax("illegal expression for augmented assignment", _file, t.Line);
        }

        /// <summary>Rejects what cannot be assigned to (or deleted), with CPython's messages.</summary>
        private void CheckTarget(Expr t, bool del)
        {
            if (t is Name)
            {
                return;
            }
            if (t is Attribute || t is Subscript)
            {
                return;
            }
            TupleExpr te = t as TupleExpr;
            if (te != null)
            {
                int stars = 0;
                for (int i = 0; i < te.Elts.Length; i++)
                {
                    if (te.Elts[i] is Starred)
                    {
                        stars++;
                    }
                    CheckTarget(te.Elts[i], del);
                }
                if (stars > 1)
                {
                    throw Err.Syntax("two starred expressions in assignment", _file, t.Line);
                }
                return;
            }
            ListExpr le = t as ListExpr;
            if (le != null)
            {
                for (int i = 0; i < le.Elts.Length; i++)
                {
                    CheckTarget(le.Elts[i], del);
                }
                return;
            }
            Starred st = t as Starred;
            if (st != null && !del)
            {
                CheckTarget(st.Value, del);
                return;
            }
            string what = "literal";
            if (t is Call)
            {
                what = "function call";
            }
            else if (t is BinOp || t is UnaryOp || t is BoolOp)
            {
                what = "operator";
            }
            else if (t is Compare)
            {
                what = "comparison";
            }
            else if (t is Lambda)
            {
                what = "lambda";
            }
            else if (t is NameConstant)
            {
                what = "keyword";
            }
            else if (t is IfExp)
            {
                what = "conditional expression";
            }
            else if (t is GeneratorExp)
            {
                what = "generator expression";
            }
            else if (t is ListComp || t is SetComp || t is DictComp)
            {
                what = "comprehension";
            }
            else if (t is Yield || t is YieldFrom)
            {
                what = "yield expression";
            }
            throw Err.Syntax((del ? "can't delete " : "can't assign to ") + what, _file, t.Line);
        }

        private Stmt ImportName()
        {
            int line = Line;
            _p++;
            Import imp = new Import();
            NodeList names = new NodeList();
            do
            {
                Alias a = new Alias();
                a.Line = Line;
                a.Name = DottedName();
                if (AcceptKw("as"))
                {
                    a.AsName = ExpectName();
                }
                names.Add(a);
            }
            while (AcceptOp(","));
            imp.Names = new Alias[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                imp.Names[i] = (Alias)names.Items[i];
            }
            imp.Line = line;
            return imp;
        }

        private string DottedName()
        {
            string name = ExpectName();
            while (AcceptOp("."))
            {
                name = name + "." + ExpectName();
            }
            return Qstr.Intern(name);
        }

        private Stmt ImportFromStmt()
        {
            int line = Line;
            _p++;
            ImportFrom f = new ImportFrom();
            f.Line = line;
            int level = 0;
            while (true)
            {
                if (AcceptOp("."))
                {
                    level++;
                }
                else if (AcceptOp("..."))
                {
                    level += 3;
                }
                else
                {
                    break;
                }
            }
            f.Level = level;
            if (!IsKw("import"))
            {
                f.Module = DottedName();
            }
            else if (level == 0)
            {
                throw Error("invalid syntax");
            }
            ExpectKw("import");
            NodeList names = new NodeList();
            if (AcceptOp("*"))
            {
                Alias star = new Alias();
                star.Name = "*";
                star.Line = line;
                names.Add(star);
            }
            else
            {
                bool paren = AcceptOp("(");
                do
                {
                    if (paren && IsOp(")"))
                    {
                        break;
                    }
                    Alias a = new Alias();
                    a.Line = Line;
                    a.Name = ExpectName();
                    if (AcceptKw("as"))
                    {
                        a.AsName = ExpectName();
                    }
                    names.Add(a);
                }
                while (AcceptOp(","));
                if (paren)
                {
                    ExpectOp(")");
                }
                else if (names.Count == 0)
                {
                    throw Error("invalid syntax");
                }
            }
            f.Names = new Alias[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                f.Names[i] = (Alias)names.Items[i];
            }
            return f;
        }

        /// <summary>':' NEWLINE INDENT stmt+ DEDENT, or ':' simple_stmt on the same line.</summary>
        private Stmt[] Suite()
        {
            Deeper();
            Stmt[] body = SuiteInner();
            _nest--;
            return body;
        }

        private Stmt[] SuiteInner()
        {
            ExpectOp(":");
            NodeList body = new NodeList();
            if (Kind != Token.Newline)
            {
                SimpleStmt(body);
                return body.Stmts();
            }
            _p++;
            while (Kind == Token.Newline)
            {
                _p++;
            }
            if (Kind != Token.Indent)
            {
                throw new PyException(IndentError("expected an indented block"));
            }
            _p++;
            while (Kind != Token.Dedent && Kind != Token.End)
            {
                if (Kind == Token.Newline)
                {
                    _p++;
                    continue;
                }
                if (Kind == Token.Indent)
                {
                    throw new PyException(IndentError("unexpected indent"));
                }
                Statement(body);
            }
            if (Kind == Token.Dedent)
            {
                _p++;
            }
            return body.Stmts();
        }

        /// <summary>if/elif/else: each elif is an If in the else branch of the one before (built in a loop: a
        /// chain of elifs is not nesting).</summary>
        private Stmt IfStmt()
        {
            If first = null;
            If last = null;
            do
            {
                int line = Line;
                _p++;
                If node = new If();
                node.Line = line;
                node.Test = NamedTest();
                node.Body = Suite();
                if (last == null)
                {
                    first = node;
                }
                else
                {
                    last.OrElse = new Stmt[] { node };
                }
                last = node;
            }
            while (IsKw("elif"));
            if (AcceptKw("else"))
            {
                last.OrElse = Suite();
            }
            return first;
        }

        private Expr NamedTest()
        {
            return Test();
        }

        private Stmt WhileStmt()
        {
            int line = Line;
            _p++;
            While w = new While();
            w.Line = line;
            w.Test = NamedTest();
            w.Body = Suite();
            if (AcceptKw("else"))
            {
                w.OrElse = Suite();
            }
            return w;
        }

        private Stmt ForStmt(bool isAsync)
        {
            int line = Line;
            _p++;
            For f = new For();
            f.Line = line;
            f.IsAsync = isAsync;
            f.Target = ExprList();
            CheckTarget(f.Target, false);
            ExpectKw("in");
            f.Iter = TestList();
            f.Body = Suite();
            if (AcceptKw("else"))
            {
                f.OrElse = Suite();
            }
            return f;
        }

        private Stmt TryStmt()
        {
            int line = Line;
            _p++;
            Try t = new Try();
            t.Line = line;
            t.Body = Suite();
            NodeList handlers = new NodeList();
            while (IsKw("except"))
            {
                ExceptHandler h = new ExceptHandler();
                h.Line = Line;
                _p++;
                if (!IsOp(":"))
                {
                    h.Type = Test();
                    if (AcceptKw("as"))
                    {
                        h.Name = ExpectName();
                    }
                }
                h.Body = Suite();
                handlers.Add(h);
            }
            t.Handlers = new ExceptHandler[handlers.Count];
            for (int i = 0; i < handlers.Count; i++)
            {
                t.Handlers[i] = (ExceptHandler)handlers.Items[i];
                if (t.Handlers[i].Type == null && i != handlers.Count - 1)
                {
                    throw Err.Syntax("default 'except:' must be last", _file, t.Handlers[i].Line);
                }
            }
            if (AcceptKw("else"))
            {
                if (handlers.Count == 0)
                {
                    throw Error("invalid syntax");
                }
                t.OrElse = Suite();
            }
            if (AcceptKw("finally"))
            {
                t.FinalBody = Suite();
            }
            if (handlers.Count == 0 && t.FinalBody == null)
            {
                throw Error("invalid syntax");
            }
            return t;
        }

        private Stmt WithStmt(bool isAsync)
        {
            int line = Line;
            _p++;
            With w = new With();
            w.Line = line;
            w.IsAsync = isAsync;
            NodeList items = new NodeList();
            do
            {
                WithItem it = new WithItem();
                it.Line = Line;
                it.ContextExpr = Test();
                if (AcceptKw("as"))
                {
                    it.OptionalVars = Expr_();
                    CheckTarget(it.OptionalVars, false);
                }
                items.Add(it);
            }
            while (AcceptOp(","));
            w.Items = new WithItem[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                w.Items[i] = (WithItem)items.Items[i];
            }
            w.Body = Suite();
            return w;
        }

        private Stmt AsyncStmt(Expr[] decorators)
        {
            _p++;
            if (IsKw("def"))
            {
                return FuncDef(decorators, true);
            }
            if (decorators == null && IsKw("for"))
            {
                return ForStmt(true);
            }
            if (decorators == null && IsKw("with"))
            {
                return WithStmt(true);
            }
            throw Error("invalid syntax");
        }

        private Stmt Decorated()
        {
            NodeList decos = new NodeList();
            while (AcceptOp("@"))
            {
                decos.Add(Test());
                if (Kind != Token.Newline)
                {
                    throw Error("invalid syntax");
                }
                _p++;
            }
            Expr[] d = decos.Exprs();
            if (IsKw("def"))
            {
                return FuncDef(d, false);
            }
            if (IsKw("class"))
            {
                return ClassDefStmt(d);
            }
            if (IsKw("async"))
            {
                return AsyncStmt(d);
            }
            throw Error("invalid syntax");
        }

        private Stmt FuncDef(Expr[] decorators, bool isAsync)
        {
            int line = Line;
            _p++;
            FunctionDef f = new FunctionDef();
            f.Line = decorators != null && decorators.Length > 0 ? decorators[0].Line : line;
            f.Name = ExpectName();
            f.Decorators = decorators ?? new Expr[0];
            f.IsAsync = isAsync;
            ExpectOp("(");
            f.Args = ParamList(")", true);
            ExpectOp(")");
            if (AcceptOp("->"))
            {
                f.Returns = Test();
            }
            _funcDepth++;
            try
            {
                f.Body = Suite();
            }
            finally
            {
                _funcDepth--;
            }
            f.Doc = DocOf(f.Body);
            f.Line = line;
            return f;
        }

        private static string DocOf(Stmt[] body)
        {
            if (body.Length > 0)
            {
                ExprStmt es = body[0] as ExprStmt;
                if (es != null)
                {
                    Str s = es.Value as Str;
                    if (s != null)
                    {
                        return s.Value;
                    }
                }
            }
            return null;
        }

        private Stmt ClassDefStmt(Expr[] decorators)
        {
            int line = Line;
            _p++;
            ClassDef c = new ClassDef();
            c.Line = line;
            c.Name = ExpectName();
            c.Decorators = decorators ?? new Expr[0];
            c.Bases = new Expr[0];
            c.Keywords = new Keyword[0];
            if (AcceptOp("("))
            {
                Expr[] args;
                Keyword[] kws;
                ArgList(out args, out kws);
                ExpectOp(")");
                c.Bases = args;
                c.Keywords = kws;
            }
            c.Body = Suite();
            c.Doc = DocOf(c.Body);
            return c;
        }

        /// <summary>Parameters of def (annotations allowed) or lambda, up to the closing token.</summary>
        private Arguments ParamList(string close, bool annotations)
        {
            Arguments a = new Arguments();
            a.Line = Line;
            NodeList args = new NodeList();
            NodeList defaults = new NodeList();
            NodeList kwonly = new NodeList();
            NodeList kwdefaults = new NodeList();
            bool star = false;
            while (!IsOp(close))
            {
                if (AcceptOp("**"))
                {
                    a.KwArg = Param(annotations);
                    AcceptOp(",");
                    if (!IsOp(close))
                    {
                        throw Error("invalid syntax");
                    }
                    break;
                }
                if (AcceptOp("*"))
                {
                    if (star)
                    {
                        throw Error("invalid syntax");
                    }
                    star = true;
                    if (AtName())
                    {
                        a.VarArg = Param(annotations);
                    }
                    else if (IsOp(close) || IsOp(",") && IsOpAt(_p + 1, close))
                    {
                        throw Err.Syntax("named arguments must follow bare *", _file, Line);
                    }
                }
                else
                {
                    Arg p = Param(annotations);
                    CheckDupParam(args, kwonly, a, p);
                    Expr dflt = null;
                    if (AcceptOp("="))
                    {
                        dflt = Test();
                    }
                    if (star)
                    {
                        kwonly.Add(p);
                        kwdefaults.Add(dflt);
                    }
                    else
                    {
                        if (dflt != null)
                        {
                            defaults.Add(dflt);
                        }
                        else if (defaults.Count > 0)
                        {
                            throw Err.Syntax("non-default argument follows default argument", _file, Line);
                        }
                        args.Add(p);
                    }
                }
                if (!AcceptOp(","))
                {
                    break;
                }
            }
            a.Args = new Arg[args.Count];
            for (int i = 0; i < args.Count; i++)
            {
                a.Args[i] = (Arg)args.Items[i];
            }
            a.Defaults = defaults.Exprs();
            a.KwOnlyArgs = new Arg[kwonly.Count];
            a.KwDefaults = new Expr[kwonly.Count];
            for (int i = 0; i < kwonly.Count; i++)
            {
                a.KwOnlyArgs[i] = (Arg)kwonly.Items[i];
                a.KwDefaults[i] = (Expr)kwdefaults.Items[i];
            }
            return a;
        }

        private void CheckDupParam(NodeList args, NodeList kwonly, Arguments a, Arg p)
        {
            for (int i = 0; i < args.Count; i++)
            {
                if (((Arg)args.Items[i]).Name == p.Name)
                {
                    throw Err.Syntax("duplicate argument '" + p.Name + "' in function definition", _file, p.Line);
                }
            }
            for (int i = 0; i < kwonly.Count; i++)
            {
                if (((Arg)kwonly.Items[i]).Name == p.Name)
                {
                    throw Err.Syntax("duplicate argument '" + p.Name + "' in function definition", _file, p.Line);
                }
            }
            if (a.VarArg != null && a.VarArg.Name == p.Name)
            {
                throw Err.Syntax("duplicate argument '" + p.Name + "' in function definition", _file, p.Line);
            }
        }

        private Arg Param(bool annotations)
        {
            Arg p = new Arg();
            p.Line = Line;
            p.Col = _lx.Cols[_p];
            p.Name = ExpectName();
            if (annotations && AcceptOp(":"))
            {
                p.Annotation = Test();
            }
            return p;
        }
    }
}
