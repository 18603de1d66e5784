using MicroPy.Objects;

namespace MicroPy.Compiler
{
    /// <summary>
    /// Recursive-descent parser for Python 3.4 (plus 3.5 call unpacking and async/await) producing the Ast.
    /// Split by concern: statements in Parser_Statements.cs, expressions in Parser_Expressions.cs.
    /// </summary>
    public sealed partial class Parser
    {
        private readonly Lexer _lx;
        private readonly string _file;
        private int _p;
        private int _funcDepth;
        private int _nest;

        /// <summary>Nesting the parser accepts, counted per atom, expression, unary operator and block (a bracket
        /// inside an expression counts two: about 100 nested brackets). The same on every platform, and within a
        /// device's stack: each level costs the parser a chain of host frames.</summary>
        public const int MaxNesting = MicroPy.Objects.Limits.ParserNesting;

        private Parser(Lexer lx, string file)
        {
            _lx = lx;
            _file = file;
        }

        public static ModuleNode ParseModule(string source, string filename)
        {
            Parser p = new Parser(Lexer.Tokenize(source, filename), filename);
            return p.FileInput();
        }

        /// <summary>REPL input: the statements of one interactive entry.</summary>
        public static ModuleNode ParseInteractive(string source, string filename)
        {
            return ParseModule(source, filename);
        }

        public static Expr ParseExpression(string source, string filename)
        {
            Parser p = new Parser(Lexer.Tokenize(source, filename), filename);
            while (p.Kind == Token.Newline || p.Kind == Token.Indent || p.Kind == Token.Dedent)
            {
                p._p++;
            }
            Expr e = p.TestList();
            while (p.Kind == Token.Newline || p.Kind == Token.Dedent)
            {
                p._p++;
            }
            if (p.Kind != Token.End)
            {
                throw p.Error("invalid syntax");
            }
            return e;
        }

        /// <summary>True when source is an unfinished compound statement, open bracket, triple-quoted string or
        /// ends with a backslash: the REPL then prompts with "... ".</summary>
        public static bool IsIncomplete(string source)
        {
            Lexer lx;
            try
            {
                lx = Lexer.Tokenize(source, "<stdin>");
            }
            catch (PyException)
            {
                return source.IndexOf("'''") >= 0 || source.IndexOf("\"\"\"") >= 0 ? CountTriple(source) : false;
            }
            if (lx.Incomplete)
            {
                return true;
            }
            // A compound statement header (line ending in ':') or an indented block continues until a blank line.
            string t = source;
            int end = t.Length;
            while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t'))
            {
                end--;
            }
            if (end > 0 && t[end - 1] == '\n')
            {
                return false;
            }
            for (int i = 0; i < lx.Count; i++)
            {
                if (lx.Kinds[i] == Token.Indent)
                {
                    return true;
                }
            }
            int k = lx.Count - 1;
            while (k >= 0 && (lx.Kinds[k] == Token.End || lx.Kinds[k] == Token.Newline || lx.Kinds[k] == Token.Dedent))
            {
                k--;
            }
            if (k >= 0 && lx.Kinds[k] == Token.Op && (string)lx.Values[k] == ":")
            {
                return true;
            }
            if (k >= 0 && lx.Kinds[k] == Token.Op && (string)lx.Values[k] == "@" && k == 0)
            {
                return true;
            }
            return false;
        }

        private static bool CountTriple(string s)
        {
            int a = 0;
            int b = 0;
            for (int i = 0; i + 2 < s.Length; i++)
            {
                if (s[i] == '\'' && s[i + 1] == '\'' && s[i + 2] == '\'')
                {
                    a++;
                    i += 2;
                }
                else if (s[i] == '"' && s[i + 1] == '"' && s[i + 2] == '"')
                {
                    b++;
                    i += 2;
                }
            }
            return (a & 1) == 1 || (b & 1) == 1;
        }

        // ---- token access ----

        private int Kind
        {
            get { return _lx.Kinds[_p]; }
        }

        private int Line
        {
            get { return _lx.Lines[_p]; }
        }

        /// <summary>One level deeper (undone by _nest--; an error abandons the parse).</summary>
        private void Deeper()
        {
            if (++_nest > MaxNesting)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
        }

        private PyException Error(string msg)
        {
            return Err.Syntax(msg, _file, _lx.Lines[_p < _lx.Count ? _p : _lx.Count - 1]);
        }

        private bool IsOp(string op)
        {
            return _lx.Kinds[_p] == Token.Op && (object)_lx.Values[_p] == (object)op || (_lx.Kinds[_p] == Token.Op && (string)_lx.Values[_p] == op);
        }

        private bool IsOpAt(int i, string op)
        {
            return i < _lx.Count && _lx.Kinds[i] == Token.Op && (string)_lx.Values[i] == op;
        }

        private bool IsKw(string kw)
        {
            return _lx.Kinds[_p] == Token.Name && (string)_lx.Values[_p] == kw;
        }

        private bool AcceptOp(string op)
        {
            if (IsOp(op))
            {
                _p++;
                return true;
            }
            return false;
        }

        private bool AcceptKw(string kw)
        {
            if (IsKw(kw))
            {
                _p++;
                return true;
            }
            return false;
        }

        private void ExpectOp(string op)
        {
            if (!AcceptOp(op))
            {
                throw Error("invalid syntax");
            }
        }

        private void ExpectKw(string kw)
        {
            if (!AcceptKw(kw))
            {
                throw Error("invalid syntax");
            }
        }

        private static readonly string[] s_keywords = new string[]
        {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        };

        private static bool IsKeyword(string s)
        {
            for (int i = 0; i < s_keywords.Length; i++)
            {
                if (s_keywords[i] == s)
                {
                    return true;
                }
            }
            return false;
        }

        private string ExpectName()
        {
            if (Kind != Token.Name || IsKeyword((string)_lx.Values[_p]))
            {
                throw Error("invalid syntax");
            }
            return (string)_lx.Values[_p++];
        }

        private bool AtName()
        {
            return Kind == Token.Name && !IsKeyword((string)_lx.Values[_p]);
        }

        private static Node Mark(Node n, int line, int col)
        {
            n.Line = line;
            n.Col = col;
            return n;
        }

        // ---- small growable arrays without generics ----

        private sealed class NodeList
        {
            public Node[] Items = new Node[4];
            public int Count;

            public void Add(Node n)
            {
                if (Count == Items.Length)
                {
                    Node[] g = new Node[Count * 2];
                    System.Array.Copy(Items, g, Count);
                    Items = g;
                }
                Items[Count++] = n;
            }

            public Stmt[] Stmts()
            {
                Stmt[] r = new Stmt[Count];
                for (int i = 0; i < Count; i++)
                {
                    r[i] = (Stmt)Items[i];
                }
                return r;
            }

            public Expr[] Exprs()
            {
                Expr[] r = new Expr[Count];
                for (int i = 0; i < Count; i++)
                {
                    r[i] = (Expr)Items[i];
                }
                return r;
            }
        }
    }
}
