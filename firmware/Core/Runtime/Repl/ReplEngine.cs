using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Repl
{
    /// <summary>
    /// The board REPL as a byte-driven state machine (MicroPython's pyexec.c + readline.c): friendly mode with line
    /// editing, history, auto-indent and tab completion; paste mode (Ctrl-E); raw REPL (Ctrl-A) and raw-paste mode
    /// with window flow control, byte-exact with MicroPython so mpremote/pyboard.py/Thonny work. Code runs
    /// synchronously inside Feed; Ctrl-C during a run is the port's job (Vm.RequestInterrupt from its reader).
    /// </summary>
    public sealed class ReplEngine
    {
        private const int ModeFriendly = 0;
        private const int ModePaste = 1;
        private const int ModeRaw = 2;
        private const int ModeRawPaste = 3;

        public const int RawPasteWindow = 128;

        private readonly IReplHost _host;
        private PyDict _globals;
        private int _mode;
        private int _resumeMode;
        private bool _quietRaw;
        private int _utf8Need;
        private int _utf8Code;

        // Friendly-mode line editor.
        private char[] _line = new char[128];
        private int _len;
        private int _cursor;
        private string _pending;
        private int _esc;
        private int _escNum;
        private readonly string[] _history = new string[8];
        private int _histCount;
        private int _histPos = -1;

        // Paste, raw and raw-paste buffers.
        private byte[] _raw = new byte[256];
        private int _rawLen;
        private int _rawPasteState;
        private int _windowLeft;

        public ReplEngine(IReplHost host)
        {
            _host = host;
        }

        public PyDict Globals
        {
            get { return _globals; }
        }

        /// <summary>
        /// True when the last soft reset came from the raw REPL: the port then skips main.py (boot.py still runs),
        /// as MicroPython does, so a client that resets for a clean state is not locked out by a looping main.py.
        /// </summary>
        public bool ResumesRaw
        {
            get { return _resumeMode == ModeRaw; }
        }

        /// <summary>Starts (or restarts after a soft reset) in the mode the session was in.</summary>
        public void Start(PyDict globals)
        {
            Start(globals, false);
        }

        /// <summary>
        /// As Start(globals); interrupted tells that a peer's Ctrl-C stopped boot.py/main.py. In raw mode the banner
        /// then waits for the peer's next byte: the Ctrl-A that every client sends after its Ctrl-C answers with the
        /// banner itself, and a second one would be read as the reply to the client's next request.
        /// </summary>
        public void Start(PyDict globals, bool interrupted)
        {
            _globals = globals;
            _len = 0;
            _cursor = 0;
            _pending = null;
            _esc = 0;
            _utf8Need = 0;
            _rawLen = 0;
            _rawPasteState = 0;
            _quietRaw = false;
            if (_resumeMode == ModeRaw)
            {
                _mode = ModeRaw;
                if (interrupted)
                {
                    _quietRaw = true;
                    return;
                }
                Out("raw REPL; CTRL-B to exit\r\n>");
                return;
            }
            _mode = ModeFriendly;
            Banner();
            Prompt();
        }

        private void Banner()
        {
            Out("MicroPython v1.8.2-nano on 2026-11-25; " + _host.BoardName + " with " + _host.CpuName + "\r\n");
            Out("Type \"help()\" for more information.\r\n");
        }

        private void Out(string s)
        {
            byte[] b = Utf8.Encode(s);
            _host.Write(b, 0, b.Length);
        }

        private void OutByte(byte b)
        {
            _host.Write(new byte[] { b }, 0, 1);
        }

        private void Prompt()
        {
            Out(_pending == null ? ">>> " : "... ");
        }

        /// <summary>Processes one input byte.</summary>
        public void Feed(int b)
        {
            switch (_mode)
            {
                case ModeFriendly:
                    FeedFriendly(b);
                    break;
                case ModePaste:
                    FeedPaste(b);
                    break;
                case ModeRaw:
                    FeedRaw(b);
                    break;
                default:
                    FeedRawPaste(b);
                    break;
            }
        }

        // ---- friendly mode ----

        private int _last;

        private void FeedFriendly(int b)
        {
            int last = _last;
            _last = b;
            if (b == '\n' && last == '\r')
            {
                return;
            }
            if (_esc > 0)
            {
                Escape(b);
                return;
            }
            switch (b)
            {
                case 0x01:
                    if (_len == 0 && _pending == null)
                    {
                        _mode = ModeRaw;
                        _rawLen = 0;
                        Out("\r\nraw REPL; CTRL-B to exit\r\n>");
                    }
                    return;
                case 0x02:
                    if (_len == 0 && _pending == null)
                    {
                        Out("\r\n");
                        Banner();
                        Prompt();
                    }
                    return;
                case 0x03:
                    Out("\r\n");
                    _len = 0;
                    _cursor = 0;
                    _pending = null;
                    Prompt();
                    return;
                case 0x04:
                    if (_len == 0 && _pending == null)
                    {
                        Out("\r\n");
                        DoSoftReset(ModeFriendly);
                    }
                    else if (_cursor < _len)
                    {
                        DeleteAtCursor();
                    }
                    return;
                case 0x05:
                    if (_len == 0 && _pending == null)
                    {
                        _mode = ModePaste;
                        _rawLen = 0;
                        Out("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
                    }
                    return;
                case 0x09:
                    Complete();
                    return;
                case 0x08:
                case 0x7F:
                    Backspace();
                    return;
                case 0x1B:
                    _esc = 1;
                    return;
                case '\r':
                case '\n':
                    Enter();
                    return;
            }
            if (b >= 32 && b < 0x7F)
            {
                _utf8Need = 0;
                Insert((char)b);
            }
            else if (b >= 0x80)
            {
                FeedUtf8(b);
            }
        }

        /// <summary>Collects a UTF-8 sequence into one character (a malformed sequence is dropped).</summary>
        private void FeedUtf8(int b)
        {
            if (b < 0xC0)
            {
                if (_utf8Need == 0)
                {
                    return;
                }
                _utf8Code = (_utf8Code << 6) | (b & 0x3F);
                if (--_utf8Need > 0)
                {
                    return;
                }
                int c = _utf8Code;
                if (c < 0x80 || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF)
                {
                    return;
                }
                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    Insert((char)(0xD800 + (c >> 10)));
                    Insert((char)(0xDC00 + (c & 0x3FF)));
                    return;
                }
                Insert((char)c);
                return;
            }
            if (b < 0xE0)
            {
                _utf8Need = 1;
                _utf8Code = b & 0x1F;
            }
            else if (b < 0xF0)
            {
                _utf8Need = 2;
                _utf8Code = b & 0x0F;
            }
            else if (b < 0xF5)
            {
                _utf8Need = 3;
                _utf8Code = b & 0x07;
            }
            else
            {
                _utf8Need = 0;
            }
        }

        private void Escape(int b)
        {
            if (_esc == 1)
            {
                _esc = b == '[' || b == 'O' ? 2 : 0;
                _escNum = 0;
                return;
            }
            if (_esc == 2 && b >= '0' && b <= '9')
            {
                _escNum = b - '0';
                _esc = 3;
                return;
            }
            if (_esc == 3)
            {
                _esc = 0;
                if (b == '~')
                {
                    if (_escNum == 3)
                    {
                        DeleteAtCursor();
                    }
                    else if (_escNum == 1 || _escNum == 7)
                    {
                        Home();
                    }
                    else if (_escNum == 4 || _escNum == 8)
                    {
                        End();
                    }
                }
                return;
            }
            _esc = 0;
            switch (b)
            {
                case 'A':
                    HistoryMove(1);
                    break;
                case 'B':
                    HistoryMove(-1);
                    break;
                case 'C':
                    if (_cursor < _len)
                    {
                        Out(Ops.CharToStr(_line[_cursor]));
                        _cursor++;
                    }
                    break;
                case 'D':
                    if (_cursor > 0)
                    {
                        _cursor--;
                        Out("\b");
                    }
                    break;
                case 'H':
                    Home();
                    break;
                case 'F':
                    End();
                    break;
            }
        }

        private void Home()
        {
            while (_cursor > 0)
            {
                _cursor--;
                Out("\b");
            }
        }

        private void End()
        {
            if (_cursor < _len)
            {
                Out(new string(_line, _cursor, _len - _cursor));
                _cursor = _len;
            }
        }

        private void Insert(char c)
        {
            if (_len == _line.Length)
            {
                char[] g = new char[_len * 2];
                System.Array.Copy(_line, g, _len);
                _line = g;
            }
            System.Array.Copy(_line, _cursor, _line, _cursor + 1, _len - _cursor);
            _line[_cursor] = c;
            _len++;
            _cursor++;
            // Redraw the tail and move the cursor back over it.
            Out(new string(_line, _cursor - 1, _len - _cursor + 1));
            for (int i = _cursor; i < _len; i++)
            {
                Out("\b");
            }
        }

        private void Backspace()
        {
            if (_cursor == 0)
            {
                return;
            }
            // Within leading indentation, remove one indent level (up to 4 spaces).
            int n = 1;
            bool allSpaces = true;
            for (int i = 0; i < _cursor; i++)
            {
                if (_line[i] != ' ')
                {
                    allSpaces = false;
                    break;
                }
            }
            if (allSpaces && _cursor >= 4 && _cursor % 4 == 0)
            {
                n = 4;
            }
            for (int k = 0; k < n; k++)
            {
                System.Array.Copy(_line, _cursor, _line, _cursor - 1, _len - _cursor);
                _cursor--;
                _len--;
                Out("\b");
            }
            Out(new string(_line, _cursor, _len - _cursor) + new string(' ', n));
            for (int i = 0; i < _len - _cursor + n; i++)
            {
                Out("\b");
            }
        }

        private void DeleteAtCursor()
        {
            if (_cursor >= _len)
            {
                return;
            }
            System.Array.Copy(_line, _cursor + 1, _line, _cursor, _len - _cursor - 1);
            _len--;
            Out(new string(_line, _cursor, _len - _cursor) + " ");
            for (int i = 0; i < _len - _cursor + 1; i++)
            {
                Out("\b");
            }
        }

        private void SetLine(string s)
        {
            // Erase the current line on screen, then show s.
            Home();
            Out(new string(' ', _len));
            for (int i = 0; i < _len; i++)
            {
                Out("\b");
            }
            _len = 0;
            _cursor = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (_len == _line.Length)
                {
                    char[] g = new char[_len * 2];
                    System.Array.Copy(_line, g, _len);
                    _line = g;
                }
                _line[_len++] = s[i];
            }
            _cursor = _len;
            Out(s);
        }

        private void HistoryMove(int dir)
        {
            int next = _histPos + dir;
            if (next < -1 || next >= _histCount)
            {
                return;
            }
            _histPos = next;
            SetLine(next < 0 ? "" : _history[next]);
        }

        private void AddHistory(string line)
        {
            if (line.Trim().Length == 0 || (_histCount > 0 && _history[0] == line))
            {
                return;
            }
            for (int i = _history.Length - 1; i > 0; i--)
            {
                _history[i] = _history[i - 1];
            }
            _history[0] = line;
            if (_histCount < _history.Length)
            {
                _histCount++;
            }
        }

        private void Enter()
        {
            Out("\r\n");
            string line = new string(_line, 0, _len);
            _len = 0;
            _cursor = 0;
            _histPos = -1;
            AddHistory(line);
            if (_pending != null)
            {
                if (line.Trim().Length == 0)
                {
                    string src = _pending;
                    _pending = null;
                    Execute(src, CodeRunner.ModeSingle);
                    Prompt();
                    return;
                }
                _pending = _pending + "\n" + line;
            }
            else
            {
                if (line.Trim().Length == 0)
                {
                    Prompt();
                    return;
                }
                _pending = line;
            }
            if (MicroPy.Compiler.Parser.IsIncomplete(_pending) || StartsCompound(_pending))
            {
                Prompt();
                // Auto-indent: keep the previous line's indent, one level deeper after a colon.
                int indent = 0;
                while (indent < line.Length && line[indent] == ' ')
                {
                    indent++;
                }
                string t = line.TrimEnd();
                if (t.Length > 0 && t[t.Length - 1] == ':')
                {
                    indent += 4;
                }
                for (int i = 0; i < indent; i++)
                {
                    Insert(' ');
                }
                return;
            }
            string code = _pending;
            _pending = null;
            Execute(code, CodeRunner.ModeSingle);
            Prompt();
        }

        /// <summary>
        /// py/repl.c: input that starts with a compound statement's keyword always asks for more lines, so
        /// "if 1: print(1)" or "while True: pass" waits for the empty line that ends it.
        /// </summary>
        private static bool StartsCompound(string src)
        {
            if (src.Length > 0 && src[0] == '@')
            {
                return true;
            }
            string[] words = { "if", "while", "for", "try", "with", "def", "class", "async" };
            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                if (src.StartsWith(w) && (src.Length == w.Length || !CharInfo.IsIdChar(src[w.Length])))
                {
                    return true;
                }
            }
            return false;
        }

        private void Complete()
        {
            string text = new string(_line, 0, _cursor);
            int start = _cursor;
            while (start > 0 && (CharInfo.IsIdChar(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }
            string word = text.Substring(start);
            if (word.Length == 0 && _cursor == 0)
            {
                Insert(' ');
                Insert(' ');
                Insert(' ');
                Insert(' ');
                return;
            }
            int dot = word.LastIndexOf('.');
            string prefix = dot >= 0 ? word.Substring(dot + 1) : word;
            PyList names;
            try
            {
                if (dot >= 0)
                {
                    object obj = Resolve(word.Substring(0, dot));
                    if (obj == null)
                    {
                        return;
                    }
                    names = BuiltinsModule.DirOf(obj);
                }
                else
                {
                    PyDict all = new PyDict();
                    Merge(all, _globals);
                    Merge(all, Interp.Current.Builtins.FullDict());
                    object[] keys = new object[all.Count];
                    int k = 0;
                    for (int i = all.NextEntry(-1); i >= 0; i = all.NextEntry(i))
                    {
                        keys[k++] = all.KeyAt(i);
                    }
                    Sort.Run(keys, k, null, false);
                    names = new PyList(keys, k);
                }
            }
            catch (PyException)
            {
                return;
            }
            string[] matches = new string[names.Count];
            int m = 0;
            for (int i = 0; i < names.Count; i++)
            {
                string n = names.Items[i] as string;
                if (n != null && n.StartsWith(prefix) && (prefix.Length > 0 || n[0] != '_'))
                {
                    matches[m++] = n;
                }
            }
            if (m == 0)
            {
                return;
            }
            string common = matches[0];
            for (int i = 1; i < m; i++)
            {
                int l = 0;
                while (l < common.Length && l < matches[i].Length && common[l] == matches[i][l])
                {
                    l++;
                }
                common = common.Substring(0, l);
            }
            if (common.Length > prefix.Length)
            {
                for (int i = prefix.Length; i < common.Length; i++)
                {
                    Insert(common[i]);
                }
                return;
            }
            if (m == 1)
            {
                return;
            }
            // Several candidates: list them, then show the prompt and line again.
            Out("\r\n");
            int col = 0;
            for (int i = 0; i < m; i++)
            {
                string n = matches[i];
                if (col + 16 > 80)
                {
                    Out("\r\n");
                    col = 0;
                }
                Out(n + new string(' ', 16 - n.Length % 16));
                col += n.Length + 16 - n.Length % 16;
            }
            Out("\r\n");
            Prompt();
            Out(new string(_line, 0, _len));
            for (int i = _cursor; i < _len; i++)
            {
                Out("\b");
            }
        }

        private static void Merge(PyDict into, PyDict d)
        {
            if (d == null)
            {
                return;
            }
            for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
            {
                if (d.KeyAt(i) is string)
                {
                    into.Set(d.KeyAt(i), PyNone.None);
                }
            }
        }

        private object Resolve(string dotted)
        {
            string[] parts = dotted.Split('.');
            object v = _globals.GetStr(parts[0]) ?? Interp.Current.Builtins.GetAttr(parts[0]);
            for (int i = 1; i < parts.Length && v != null; i++)
            {
                v = Ops.GetAttrOrNull(v, parts[i]);
            }
            return v;
        }

        // ---- paste mode ----

        private void FeedPaste(int b)
        {
            if (b == 0x03)
            {
                _mode = ModeFriendly;
                _rawLen = 0;
                Out("\r\n");
                Prompt();
                return;
            }
            if (b == 0x04)
            {
                _mode = ModeFriendly;
                Out("\r\n");
                Execute(RawText(), CodeRunner.ModeExec);
                Prompt();
                return;
            }
            int last = _last;
            _last = b;
            if (b == '\n' && last == '\r')
            {
                return;
            }
            if (b == '\r' || b == '\n')
            {
                AppendRaw((byte)'\n');
                Out("\r\n=== ");
                return;
            }
            // Source is kept as bytes and decoded as UTF-8 when the paste ends.
            AppendRaw((byte)b);
            OutByte((byte)b);
        }

        // ---- raw REPL ----

        private void FeedRaw(int b)
        {
            if (_quietRaw)
            {
                // After a Ctrl-C that stopped boot.py/main.py: the client's "\r\x03\x03\r" stays silent, its
                // Ctrl-A (or Ctrl-B) answers; anything else gets the banner first.
                if (b == '\r' || b == '\n' || b == 0x03)
                {
                    return;
                }
                _quietRaw = false;
                if (b != 0x01 && b != 0x02)
                {
                    Out("raw REPL; CTRL-B to exit\r\n>");
                }
            }
            if (_rawLen == 0 && _rawPasteState > 0)
            {
                // Expecting "\x05A\x01".
                if (_rawPasteState == 1 && b == 'A')
                {
                    _rawPasteState = 2;
                    return;
                }
                if (_rawPasteState == 2 && b == 0x01)
                {
                    _rawPasteState = 0;
                    _mode = ModeRawPaste;
                    _windowLeft = RawPasteWindow;
                    _host.Write(new byte[] { (byte)'R', 0x01, (byte)(RawPasteWindow & 0xFF), (byte)(RawPasteWindow >> 8) }, 0, 4);
                    return;
                }
                _rawPasteState = 0;
            }
            switch (b)
            {
                case 0x01:
                    _rawLen = 0;
                    Out("raw REPL; CTRL-B to exit\r\n>");
                    return;
                case 0x02:
                    _mode = ModeFriendly;
                    _rawLen = 0;
                    Out("\r\n");
                    Banner();
                    Prompt();
                    return;
                case 0x03:
                    _rawLen = 0;
                    return;
                case 0x04:
                    if (_rawLen == 0)
                    {
                        // pyexec.c acknowledges the empty command before leaving for the soft reset.
                        Out("OK\r\n");
                        DoSoftReset(ModeRaw);
                        return;
                    }
                    Out("OK");
                    RunRaw(RawText());
                    return;
                case 0x05:
                    if (_rawLen == 0)
                    {
                        _rawPasteState = 1;
                        return;
                    }
                    break;
            }
            AppendRaw((byte)b);
        }

        private void AppendRaw(byte b)
        {
            if (_rawLen == _raw.Length)
            {
                byte[] g = new byte[_rawLen * 2];
                System.Array.Copy(_raw, g, _rawLen);
                _raw = g;
            }
            _raw[_rawLen++] = b;
        }

        private string RawText()
        {
            byte[] d = new byte[_rawLen];
            System.Array.Copy(_raw, d, _rawLen);
            _rawLen = 0;
            return Utf8.Decode(d);
        }

        /// <summary>Runs raw-REPL code: stdout, \x04, the traceback if any, \x04, then the '>' prompt.</summary>
        private void RunRaw(string src)
        {
            PyBaseException e = Run(src, CodeRunner.ModeExec, false);
            OutByte(0x04);
            if (e != null)
            {
                WriteException(e);
            }
            OutByte(0x04);
            if (_mode == ModeRaw || _mode == ModeRawPaste)
            {
                _mode = ModeRaw;
                Out(">");
            }
        }

        private void FeedRawPaste(int b)
        {
            if (b == 0x03)
            {
                // Ctrl-C aborts the upload as MicroPython's stdin reader does: end marker, then KeyboardInterrupt.
                OutByte(0x04);
                _rawLen = 0;
                _mode = ModeRaw;
                OutByte(0x04);
                WriteException(PyBaseException.Create(PyExc.KeyboardInterrupt, null));
                OutByte(0x04);
                Out(">");
                return;
            }
            if (b == 0x04)
            {
                // End of data: acknowledge, then compile and run.
                OutByte(0x04);
                _mode = ModeRaw;
                RunRaw(RawText());
                return;
            }
            AppendRaw((byte)b);
            _windowLeft--;
            if (_windowLeft == 0)
            {
                _windowLeft = RawPasteWindow;
                OutByte(0x01);
            }
        }

        // ---- execution ----

        private void Execute(string src, int mode)
        {
            PyBaseException e = Run(src, mode, true);
            if (e != null)
            {
                WriteException(e);
            }
        }

        private void WriteException(PyBaseException e)
        {
            string text = Interp.FormatException(e);
            Interp.Current.Console.Write(text);
        }

        /// <summary>Compiles and runs src in the REPL globals; returns the uncaught exception or null.</summary>
        private PyBaseException Run(string src, int mode, bool friendly)
        {
            Vm.ClearInterrupt();
            try
            {
                PyObject code = CodeRunner.Compile(src, "<stdin>", mode);
                CodeRunner.Run(code, _globals, _globals);
                return null;
            }
            catch (PyException pe)
            {
                if (pe.Value.IsInstance(PyExc.SystemExit))
                {
                    return null;
                }
                return pe.Value;
            }
            finally
            {
                Scheduler.Clear();
                Vm.ClearInterrupt();
            }
        }

        private void DoSoftReset(int mode)
        {
            _resumeMode = mode;
            Out("MPY: soft reboot\r\n");
            _host.SoftReset();
        }
    }
}
