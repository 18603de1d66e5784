using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Compiler
{
    /// <summary>
    /// Turns source text into tokens (kind, value, line, column) with INDENT/DEDENT, implicit line joining inside
    /// brackets, backslash continuation and every str/bytes/number literal form. The whole source is tokenized
    /// up front into parallel arrays that the parser indexes.
    /// </summary>
    public sealed class Lexer
    {
        public int[] Kinds = new int[64];
        public object[] Values = new object[64];
        public int[] Lines = new int[64];
        public int[] Cols = new int[64];
        public int Count;

        /// <summary>The source as chars: on nanoCLR a string is UTF-8 and s[i] costs O(length).</summary>
        private readonly char[] _src;
        private readonly string _file;
        private int _pos;
        private int _line = 1;
        private int _lineStart;
        private int _depth;
        private int[] _indents = new int[16];
        private int _indentCount = 1;
        /// <summary>Set when the source ends inside brackets or a triple-quoted string (the REPL continues).</summary>
        public bool Incomplete;

        private static readonly string[] s_ops3 = new string[] { "**=", "//=", ">>=", "<<=", "..." };
        private static readonly string[] s_ops2 = new string[]
        {
            "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        };
        private const string Ops1 = "+-*/%@&|^~<>()[]{},:.;=";

        public Lexer(string source, string filename)
        {
            _src = UniversalNewlines(source.ToCharArray());
            _file = filename;
        }

        /// <summary>CR LF and a lone CR become LF, as Python reads source (a string literal spanning lines too).</summary>
        private static char[] UniversalNewlines(char[] s)
        {
            int j = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\r')
                {
                    c = '\n';
                    if (i + 1 < s.Length && s[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                s[j++] = c;
            }
            if (j == s.Length)
            {
                return s;
            }
            char[] r = new char[j];
            System.Array.Copy(s, r, j);
            return r;
        }

        public static Lexer Tokenize(string source, string filename)
        {
            Lexer lx = new Lexer(source, filename);
            lx.Run();
            return lx;
        }

        private PyException Error(string msg)
        {
            return Err.Syntax(msg, _file, _line);
        }

        private void Add(int kind, object value, int line, int col)
        {
            if (Count == Kinds.Length)
            {
                int n = Count * 2;
                int[] k = new int[n];
                object[] v = new object[n];
                int[] l = new int[n];
                int[] c = new int[n];
                System.Array.Copy(Kinds, k, Count);
                System.Array.Copy(Values, v, Count);
                System.Array.Copy(Lines, l, Count);
                System.Array.Copy(Cols, c, Count);
                Kinds = k;
                Values = v;
                Lines = l;
                Cols = c;
            }
            Kinds[Count] = kind;
            Values[Count] = value;
            Lines[Count] = line;
            Cols[Count] = col;
            Count++;
        }

        private void Run()
        {
            char[] s = _src;
            int n = s.Length;
            bool atLineStart = true;
            _indents[0] = 0;
            while (true)
            {
                if (atLineStart && _depth == 0)
                {
                    // Measure indentation; skip blank and comment-only lines.
                    int col = 0;
                    int p = _pos;
                    while (p < n)
                    {
                        char c = s[p];
                        if (c == ' ')
                        {
                            col++;
                        }
                        else if (c == '\t')
                        {
                            col = (col / 8 + 1) * 8;
                        }
                        else if (c == '\f')
                        {
                            col = 0;
                        }
                        else
                        {
                            break;
                        }
                        p++;
                    }
                    if (p >= n)
                    {
                        _pos = p;
                        break;
                    }
                    char first = s[p];
                    if (first == '#' || first == '\n' || first == '\r' || (first == '\\' && p + 1 < n && (s[p + 1] == '\n' || s[p + 1] == '\r')))
                    {
                        if (first == '\\')
                        {
                            _pos = p;
                            atLineStart = false;
                            continue;
                        }
                        while (p < n && s[p] != '\n')
                        {
                            p++;
                        }
                        if (p < n)
                        {
                            p++;
                            _line++;
                            _lineStart = p;
                        }
                        _pos = p;
                        continue;
                    }
                    _pos = p;
                    int cur = _indents[_indentCount - 1];
                    if (col > cur)
                    {
                        if (_indentCount == _indents.Length)
                        {
                            int[] g = new int[_indentCount * 2];
                            System.Array.Copy(_indents, g, _indentCount);
                            _indents = g;
                        }
                        _indents[_indentCount++] = col;
                        Add(Token.Indent, null, _line, 0);
                    }
                    else if (col < cur)
                    {
                        while (_indentCount > 1 && _indents[_indentCount - 1] > col)
                        {
                            _indentCount--;
                            Add(Token.Dedent, null, _line, 0);
                        }
                        if (_indents[_indentCount - 1] != col)
                        {
                            throw new PyException(MakeIndentError("unindent does not match any outer indentation level"));
                        }
                    }
                    atLineStart = false;
                }
                if (_pos >= n)
                {
                    break;
                }
                char ch = s[_pos];
                if (ch == ' ' || ch == '\t' || ch == '\f')
                {
                    _pos++;
                    continue;
                }
                if (ch == '#')
                {
                    while (_pos < n && s[_pos] != '\n')
                    {
                        _pos++;
                    }
                    continue;
                }
                if (ch == '\r')
                {
                    _pos++;
                    continue;
                }
                if (ch == '\n')
                {
                    if (_depth == 0)
                    {
                        Add(Token.Newline, null, _line, _pos - _lineStart);
                        atLineStart = true;
                    }
                    _pos++;
                    _line++;
                    _lineStart = _pos;
                    continue;
                }
                if (ch == '\\')
                {
                    int q = _pos + 1;
                    if (q < n && s[q] == '\r')
                    {
                        q++;
                    }
                    if (q < n && s[q] == '\n')
                    {
                        _pos = q + 1;
                        _line++;
                        _lineStart = _pos;
                        continue;
                    }
                    if (q >= n)
                    {
                        Incomplete = true;
                        _pos = q;
                        continue;
                    }
                    throw Error("unexpected character after line continuation character");
                }
                int tokCol = _pos - _lineStart;
                int tokLine = _line;
                if (CharInfo.IsIdStart(ch))
                {
                    int start = _pos;
                    while (_pos < n && CharInfo.IsIdChar(s[_pos]))
                    {
                        _pos++;
                    }
                    if (_pos < n && (s[_pos] == '\'' || s[_pos] == '"') && _pos - start <= 2 && IsStrPrefix(s, start, _pos))
                    {
                        ReadString(start, _pos, tokLine, tokCol);
                        continue;
                    }
                    Add(Token.Name, Qstr.Intern(s, start, _pos - start), tokLine, tokCol);
                    continue;
                }
                if (IsDigit(ch) || (ch == '.' && _pos + 1 < n && IsDigit(s[_pos + 1])))
                {
                    ReadNumber(tokLine, tokCol);
                    continue;
                }
                if (ch == '\'' || ch == '"')
                {
                    ReadString(_pos, _pos, tokLine, tokCol);
                    continue;
                }
                string op = null;
                if (_pos + 2 < n)
                {
                    for (int i = 0; i < s_ops3.Length; i++)
                    {
                        string o = s_ops3[i];
                        if (s[_pos] == o[0] && s[_pos + 1] == o[1] && s[_pos + 2] == o[2])
                        {
                            op = o;
                            break;
                        }
                    }
                }
                if (op == null && _pos + 1 < n)
                {
                    for (int i = 0; i < s_ops2.Length; i++)
                    {
                        string o = s_ops2[i];
                        if (s[_pos] == o[0] && s[_pos + 1] == o[1])
                        {
                            op = o;
                            break;
                        }
                    }
                }
                if (op == null)
                {
                    int k = Ops1.IndexOf(ch);
                    if (k < 0)
                    {
                        if (ch == '!' || ch == '$' || ch == '?' || ch == '`')
                        {
                            throw Error("invalid syntax");
                        }
                        throw Error("invalid character in identifier");
                    }
                    op = Ops.CharToStr(ch);
                }
                _pos += op.Length;
                if (op == "(" || op == "[" || op == "{")
                {
                    _depth++;
                }
                else if (op == ")" || op == "]" || op == "}")
                {
                    if (_depth > 0)
                    {
                        _depth--;
                    }
                }
                Add(Token.Op, op, tokLine, tokCol);
            }
            if (_depth > 0)
            {
                Incomplete = true;
            }
            if (Count > 0 && Kinds[Count - 1] != Token.Newline && Kinds[Count - 1] != Token.Dedent && Kinds[Count - 1] != Token.Indent)
            {
                Add(Token.Newline, null, _line, _pos - _lineStart);
            }
            while (_indentCount > 1)
            {
                _indentCount--;
                Add(Token.Dedent, null, _line, 0);
            }
            Add(Token.End, null, _line, 0);
        }

        private PyBaseException MakeIndentError(string msg)
        {
            PyBaseException e = PyBaseException.Create(PyExc.IndentationError, msg);
            e.SyntaxFile = _file;
            e.SyntaxLine = _line;
            return e;
        }

        private static bool IsStrPrefix(char[] s, int start, int end)
        {
            bool r = false;
            bool b = false;
            bool u = false;
            for (int i = start; i < end; i++)
            {
                char c = s[i];
                if ((c == 'r' || c == 'R') && !r)
                {
                    r = true;
                }
                else if ((c == 'b' || c == 'B') && !b && !u)
                {
                    b = true;
                }
                else if ((c == 'u' || c == 'U') && !u && !b && !r && end - start == 1)
                {
                    u = true;
                }
                else
                {
                    return false;
                }
            }
            return true;
        }

        public static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private void ReadNumber(int line, int col)
        {
            char[] s = _src;
            int n = s.Length;
            int start = _pos;
            if (s[_pos] == '0' && _pos + 1 < n && (s[_pos + 1] == 'x' || s[_pos + 1] == 'X' || s[_pos + 1] == 'o' || s[_pos + 1] == 'O' || s[_pos + 1] == 'b' || s[_pos + 1] == 'B'))
            {
                _pos += 2;
                while (_pos < n && (IsDigit(s[_pos]) || (s[_pos] >= 'a' && s[_pos] <= 'f') || (s[_pos] >= 'A' && s[_pos] <= 'F')))
                {
                    _pos++;
                }
                if (_pos == start + 2)
                {
                    throw Error("invalid syntax");
                }
            }
            else
            {
                while (_pos < n && IsDigit(s[_pos]))
                {
                    _pos++;
                }
                if (_pos < n && s[_pos] == '.')
                {
                    _pos++;
                    while (_pos < n && IsDigit(s[_pos]))
                    {
                        _pos++;
                    }
                }
                if (_pos < n && (s[_pos] == 'e' || s[_pos] == 'E'))
                {
                    int save = _pos;
                    _pos++;
                    if (_pos < n && (s[_pos] == '+' || s[_pos] == '-'))
                    {
                        _pos++;
                    }
                    if (_pos < n && IsDigit(s[_pos]))
                    {
                        while (_pos < n && IsDigit(s[_pos]))
                        {
                            _pos++;
                        }
                    }
                    else
                    {
                        _pos = save;
                    }
                }
                if (_pos < n && (s[_pos] == 'j' || s[_pos] == 'J'))
                {
                    _pos++;
                }
            }
            if (_pos < n && CharInfo.IsIdChar(s[_pos]))
            {
                throw Error("invalid syntax");
            }
            Add(Token.Number, new string(s, start, _pos - start), line, col);
        }

        private void ReadString(int prefixStart, int quotePos, int line, int col)
        {
            char[] s = _src;
            int n = s.Length;
            bool raw = false;
            bool bytes = false;
            for (int i = prefixStart; i < quotePos; i++)
            {
                char c = s[i];
                if (c == 'r' || c == 'R')
                {
                    raw = true;
                }
                else if (c == 'b' || c == 'B')
                {
                    bytes = true;
                }
            }
            char q = s[quotePos];
            bool triple = quotePos + 2 < n && s[quotePos + 1] == q && s[quotePos + 2] == q;
            _pos = quotePos + (triple ? 3 : 1);
            StrBuf sb = new StrBuf();
            int startLine = _line;
            while (true)
            {
                if (_pos >= n)
                {
                    if (triple)
                    {
                        Incomplete = true;
                        _line = startLine;
                        throw Error("EOF while scanning triple-quoted string literal");
                    }
                    throw Error("EOL while scanning string literal");
                }
                char c = s[_pos];
                if (c == q)
                {
                    if (!triple)
                    {
                        _pos++;
                        break;
                    }
                    if (_pos + 2 < n && s[_pos + 1] == q && s[_pos + 2] == q)
                    {
                        _pos += 3;
                        break;
                    }
                    sb.Append(c);
                    _pos++;
                    continue;
                }
                if (c == '\n')
                {
                    if (!triple)
                    {
                        throw Error("EOL while scanning string literal");
                    }
                    sb.Append('\n');
                    _pos++;
                    _line++;
                    _lineStart = _pos;
                    continue;
                }
                if (c == '\r')
                {
                    _pos++;
                    continue;
                }
                if (c == '\\')
                {
                    if (_pos + 1 >= n)
                    {
                        _pos++;
                        continue;
                    }
                    char e = s[_pos + 1];
                    if (raw)
                    {
                        sb.Append('\\');
                        sb.Append(e);
                        if (e == '\n')
                        {
                            _line++;
                            _lineStart = _pos + 2;
                        }
                        _pos += 2;
                        continue;
                    }
                    _pos += 2;
                    switch (e)
                    {
                        case '\n':
                            _line++;
                            _lineStart = _pos;
                            break;
                        case '\r':
                            if (_pos < n && s[_pos] == '\n')
                            {
                                _pos++;
                            }
                            _line++;
                            _lineStart = _pos;
                            break;
                        case '\\': sb.Append('\\'); break;
                        case '\'': sb.Append('\''); break;
                        case '"': sb.Append('"'); break;
                        case 'a': sb.Append('\a'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'v': sb.Append('\v'); break;
                        case 'x':
                            sb.Append((char)Hex(2, bytes ? "bytes" : "str"));
                            break;
                        case 'u':
                        case 'U':
                            if (bytes)
                            {
                                sb.Append('\\');
                                sb.Append(e);
                            }
                            else
                            {
                                int cp = Hex(e == 'u' ? 4 : 8, "str");
                                AppendCodePoint(sb, cp);
                            }
                            break;
                        case 'N':
                            if (bytes)
                            {
                                sb.Append('\\');
                                sb.Append('N');
                            }
                            else
                            {
                                // No Unicode name database on a board: MicroPython 1.8.2 says so the same way.
                                throw Err.NotImplemented("unicode name escapes");
                            }
                            break;
                        default:
                            if (e >= '0' && e <= '7')
                            {
                                int v = e - '0';
                                for (int k = 0; k < 2 && _pos < n && s[_pos] >= '0' && s[_pos] <= '7'; k++)
                                {
                                    v = v * 8 + (s[_pos] - '0');
                                    _pos++;
                                }
                                sb.Append((char)v);
                            }
                            else
                            {
                                sb.Append('\\');
                                sb.Append(e);
                            }
                            break;
                    }
                    continue;
                }
                if (bytes && c > 0x7F)
                {
                    throw Error("bytes can only contain ASCII literal characters.");
                }
                sb.Append(c);
                _pos++;
            }
            if (bytes)
            {
                // Straight from the buffer: a string would end at the first NUL on nanoCLR.
                byte[] data = new byte[sb.Length];
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = (byte)sb[i];
                }
                Add(Token.Bytes, data, line, col);
            }
            else
            {
                Add(Token.Str, sb.ToString(), line, col);
            }
        }

        private static void AppendCodePoint(StrBuf sb, int cp)
        {
            if (cp < 0x10000)
            {
                sb.Append((char)cp);
                return;
            }
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }

        private int Hex(int digits, string kind)
        {
            char[] s = _src;
            int v = 0;
            for (int i = 0; i < digits; i++)
            {
                if (_pos >= s.Length)
                {
                    throw Error(EscapeMsg(digits, kind));
                }
                char c = s[_pos];
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0)
                {
                    throw Error(EscapeMsg(digits, kind));
                }
                v = v * 16 + d;
                _pos++;
            }
            if (v > 0x10FFFF)
            {
                throw Error("(unicode error) illegal Unicode character");
            }
            return v;
        }

        private static string EscapeMsg(int digits, string kind)
        {
            if (digits == 2)
            {
                return "(value error) invalid \\x escape";
            }
            return "(unicode error) truncated \\" + (digits == 4 ? "uXXXX" : "UXXXXXXXX") + " escape";
        }
    }
}
