using MicroPy.Objects;
using MicroPy.Types;
using MicroPy.Hal;

namespace MicroPy.Runtime
{
    /// <summary>
    /// Interpreter state: builtins, loaded modules, sys.path, and the entry points a host uses
    /// (run source, import, print an exception). One is current at a time (Interp.Current).
    /// </summary>
    public sealed class Interp
    {
        public static Interp Current;

        public readonly PyModule Builtins;
        public readonly PyDict BuiltinsDict;
        /// <summary>sys.modules.</summary>
        public readonly PyDict Modules = new PyDict();
        /// <summary>sys.path.</summary>
        public readonly PyList Path = new PyList();
        /// <summary>sys.argv.</summary>
        public readonly PyList Argv = new PyList();

        private readonly ModuleCatalog _catalog;
        private NativeModule[] _natives = new NativeModule[4];
        private string[] _nativeNames = new string[4];
        private int _nativeCount;

        /// <summary>Output hook for print() and tracebacks; defaults to Platform.Console.</summary>
        public IConsole Console;

        /// <summary>A new interpreter, made current, whose builtin modules come from catalog (null: none).</summary>
        public Interp(ModuleCatalog catalog)
        {
            BuiltinTypes.Install();
            _catalog = catalog;
            Current = this;
            Console = Platform.Console;
            Builtins = new PyModule("builtins", BuiltinsModule.Instance);
            BuiltinsDict = Builtins.Dict;
            Modules.SetStr("builtins", Builtins);
            Path.Append("");
        }

        /// <summary>Makes a module importable as name in addition to the catalog's (e.g. the desktop's "sim").</summary>
        public void RegisterModule(string name, NativeModule module)
        {
            if (_nativeCount == _natives.Length)
            {
                NativeModule[] g = new NativeModule[_nativeCount * 2];
                string[] gn = new string[_nativeCount * 2];
                System.Array.Copy(_natives, g, _nativeCount);
                System.Array.Copy(_nativeNames, gn, _nativeCount);
                _natives = g;
                _nativeNames = gn;
            }
            _natives[_nativeCount] = module;
            _nativeNames[_nativeCount] = name;
            _nativeCount++;
        }

        private NativeModule FindNative(string name)
        {
            for (int i = 0; i < _nativeCount; i++)
            {
                if (_nativeNames[i] == name)
                {
                    return _natives[i];
                }
            }
            if (_catalog != null)
            {
                string[] names = _catalog.Names;
                for (int i = 0; i < names.Length; i++)
                {
                    if (names[i] == name)
                    {
                        return _catalog.Get(i);
                    }
                }
            }
            return null;
        }

        /// <summary>Names of all builtin modules (for help('modules')).</summary>
        public string[] NativeModuleNames()
        {
            int n = _catalog != null ? _catalog.Names.Length : 0;
            string[] r = new string[_nativeCount + n];
            System.Array.Copy(_nativeNames, r, _nativeCount);
            if (n > 0)
            {
                System.Array.Copy(_catalog.Names, 0, r, _nativeCount, n);
            }
            return r;
        }

        /// <summary>
        /// A builtin missing from the builtins dict that globals use: creates it there from the builtins table (they
        /// are created on first use); false if there is no such builtin.
        /// </summary>
        public static bool MaterializeBuiltin(PyDict globals, string name)
        {
            PyModule bm = globals.GetStr("__builtins__") as PyModule;
            if (bm == null)
            {
                Interp cur = Current;
                if (cur == null || globals.GetStr("__builtins__") != null)
                {
                    return false;
                }
                bm = cur.Builtins;
            }
            return bm.GetAttr(name) != null;
        }

        /// <summary>A fresh globals dict for a module named name.</summary>
        public PyDict NewGlobals(string name)
        {
            PyDict g = new PyDict();
            g.SetStr("__name__", name);
            g.SetStr("__builtins__", Builtins);
            if (name == "__main__")
            {
                // import __main__ gives the running script's module.
                Modules.SetStr("__main__", new PyModule(name, g));
            }
            return g;
        }

        /// <summary>Compiles and runs source as module __main__ (or the given globals).</summary>
        public object ExecSource(string source, string filename, PyDict globals)
        {
            PyObject code = CodeRunner.Compile(source, filename, CodeRunner.ModeExec);
            return CodeRunner.Run(code, globals, globals);
        }

        // ---- import ----

        /// <summary>
        /// The import statement's work: name is the dotted name, level the number of leading dots, globals the
        /// importing module's globals (for relative imports). Returns the top package when fromlist is empty,
        /// else the named module itself (as __import__ does).
        /// </summary>
        public object Import(string name, PyDict globals, bool hasFromList, int level)
        {
            string full = name;
            if (level > 0)
            {
                string pkg = PackageOf(globals);
                if (pkg == null || pkg.Length == 0)
                {
                    throw Err.Import("attempted relative import with no known parent package");
                }
                for (int i = 1; i < level; i++)
                {
                    int dot = pkg.LastIndexOf('.');
                    if (dot < 0)
                    {
                        throw Err.Value("attempted relative import beyond top-level package");
                    }
                    pkg = pkg.Substring(0, dot);
                }
                full = name.Length > 0 ? pkg + "." + name : pkg;
            }
            // Load each dotted prefix in turn.
            object top = null;
            object last = null;
            int start = 0;
            while (true)
            {
                int dot = full.IndexOf('.', start);
                string prefix = dot < 0 ? full : full.Substring(0, dot);
                last = LoadModule(prefix, last as PyModule);
                if (top == null)
                {
                    top = last;
                }
                if (dot < 0)
                {
                    break;
                }
                start = dot + 1;
            }
            if (hasFromList || level > 0)
            {
                return last;
            }
            return top;
        }

        private static string PackageOf(PyDict globals)
        {
            if (globals == null)
            {
                return null;
            }
            string pkg = globals.GetStr("__package__") as string;
            if (pkg != null)
            {
                return pkg;
            }
            string name = globals.GetStr("__name__") as string;
            if (name == null)
            {
                return null;
            }
            if (globals.GetStr("__path__") != null)
            {
                return name;
            }
            int dot = name.LastIndexOf('.');
            return dot < 0 ? "" : name.Substring(0, dot);
        }

        private object LoadModule(string fullName, PyModule parent)
        {
            object m = Modules.GetStr(fullName);
            if (m != null)
            {
                return m;
            }
            string leaf = fullName;
            int dot = fullName.LastIndexOf('.');
            if (dot >= 0)
            {
                leaf = fullName.Substring(dot + 1);
            }
            PyModule mod = null;
            if (parent == null)
            {
                // A user file shadows the plain alias of a builtin ("json.py" beats ujson) but not a u-name.
                mod = LoadFromPath(fullName, leaf, null);
                if (mod == null)
                {
                    NativeModule nm = FindNative(fullName);
                    if (nm != null)
                    {
                        // One module object per builtin module, whichever name imports it (json is ujson).
                        object known = Modules.GetStr(nm.ModuleName);
                        mod = known as PyModule;
                        if (mod == null || !mod.Wraps(nm))
                        {
                            mod = new PyModule(nm.ModuleName, nm);
                            if (known == null)
                            {
                                Modules.SetStr(nm.ModuleName, mod);
                            }
                        }
                        Modules.SetStr(fullName, mod);
                        return mod;
                    }
                }
            }
            else
            {
                object ppath = parent.Dict.GetStr("__path__");
                if (ppath == null)
                {
                    throw Err.Import("no module named '" + fullName + "'");
                }
                mod = LoadFromPath(fullName, leaf, Ops.Str(ppath));
            }
            if (mod == null)
            {
                throw Err.Import("no module named '" + fullName + "'");
            }
            if (parent != null)
            {
                parent.Dict.SetStr(leaf, mod);
            }
            return mod;
        }

        private PyModule LoadFromPath(string fullName, string leaf, string onlyDir)
        {
            IFileSystem fs = Platform.FileSystem;
            if (fs == null)
            {
                return null;
            }
            int count = onlyDir != null ? 1 : Path.Count;
            for (int i = 0; i < count; i++)
            {
                string dir = onlyDir != null ? onlyDir : Ops.Str(Path.Items[i]);
                string basePath = dir.Length == 0 ? leaf : (dir.EndsWith("/") ? dir + leaf : dir + "/" + leaf);
                // A relative entry (e.g. sys.path.insert(0, 'lib')) is taken against the current folder, as
                // MicroPython's VFS does; __file__ and __path__ keep the path as the entry spells it.
                string fsBase = basePath.Length > 0 && basePath[0] == '/' ? basePath : MicroPy.Hal.PathNames.Absolute(basePath);
                string init = basePath + "/__init__.py";
                if (fs.Kind(fsBase) == 2)
                {
                    PyDict g = NewGlobals(fullName);
                    g.SetStr("__path__", basePath);
                    g.SetStr("__package__", fullName);
                    PyModule pm = new PyModule(fullName, g);
                    Modules.SetStr(fullName, pm);
                    if (fs.Kind(fsBase + "/__init__.py") == 1)
                    {
                        g.SetStr("__file__", init);
                        RunModuleFile(pm, init, fsBase + "/__init__.py", g);
                    }
                    return pm;
                }
                string file = basePath + ".py";
                if (fs.Kind(fsBase + ".py") == 1)
                {
                    PyDict g = NewGlobals(fullName);
                    g.SetStr("__file__", file);
                    PyModule pm = new PyModule(fullName, g);
                    Modules.SetStr(fullName, pm);
                    RunModuleFile(pm, file, fsBase + ".py", g);
                    return pm;
                }
            }
            return null;
        }

        private void RunModuleFile(PyModule mod, string file, string fsPath, PyDict globals)
        {
            string src = Utf8.Decode(Platform.FileSystem.ReadAll(fsPath));
            PyException err = null;
            try
            {
                ExecSource(src, file, globals);
            }
            catch (PyException e)
            {
                err = e;
            }
            if (err != null)
            {
                // Thrown after the handler: imports nest, and on nanoCLR a throw inside a handler holds a slot.
                Modules.Remove(mod.Name);
                throw err;
            }
        }

        // ---- output ----

        public void Write(string s)
        {
            if (Console != null)
            {
                Console.Write(s);
            }
        }

        /// <summary>Formats an exception as MicroPython prints it (traceback, then "Type: message").</summary>
        public static string FormatException(PyBaseException e)
        {
            // MicroPython prints an uncaught exception without the heap: a heap held by gc.disable() stays as it is.
            long held = HeapHold.Pause();
            try
            {
                StrBuf sb = new StrBuf();
                FormatChain(e, sb, 0);
                return sb.ToString();
            }
            finally
            {
                HeapHold.Resume(held);
            }
        }

        private static void FormatChain(PyBaseException e, StrBuf sb, int depth)
        {
            if (depth < 8)
            {
                if (e.Cause != null)
                {
                    FormatChain(e.Cause, sb, depth + 1);
                    sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
                }
                else if (e.Context != null && !e.SuppressContext)
                {
                    FormatChain(e.Context, sb, depth + 1);
                    sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
            if (e.Traceback != null)
            {
                sb.Append("Traceback (most recent call last):\n");
                for (TracebackEntry t = e.Traceback; t != null; t = t.Next)
                {
                    sb.Append("  File \"").Append(t.File).Append("\", line ").Append(Ops.IntToString(t.Line));
                    if (t.Function != null)
                    {
                        sb.Append(", in ").Append(t.Function);
                    }
                    sb.Append('\n');
                }
            }
            if (e.SyntaxFile != null && e.Traceback == null)
            {
                sb.Append("  File \"").Append(e.SyntaxFile).Append("\", line ").Append(Ops.IntToString(e.SyntaxLine)).Append('\n');
            }
            sb.Append(e.Type.Name);
            string msg;
            try
            {
                msg = e.Str();
            }
            catch (PyException)
            {
                // A __str__ that raises (CPython's wording); printing an exception never raises itself.
                msg = "<exception str() failed>";
            }
            if (msg.Length > 0)
            {
                sb.Append(": ").Append(msg);
            }
            sb.Append('\n');
        }
    }
}
