using MicroPy.Objects;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>A global (or builtin) name's value through the code object's lookup cache.</summary>
        private static object LoadGlobalCached(Frame f, int arg)
        {
            CodeObject code = f.Code;
            GlobalCache c = code.GCache;
            if (c == null)
            {
                c = code.GCache = new GlobalCache(code.Names.Length);
            }
            PyDict g = f.Globals;
            if (c.Dict[arg] == g && c.Ver[arg] == g.Version)
            {
                int e = c.Entry[arg];
                if (e >= 0)
                {
                    return g.ValueAt(e);
                }
                PyDict bd = c.BDict[arg];
                if (bd.Version == c.BVer[arg])
                {
                    return bd.ValueAt(c.BEntry[arg]);
                }
            }
            string name = code.Names[arg];
            int ge = g.EntryOfStr(name);
            if (ge >= 0)
            {
                c.Dict[arg] = g;
                c.Ver[arg] = g.Version;
                c.Entry[arg] = ge;
                return g.ValueAt(ge);
            }
            PyDict b = BuiltinsDictOf(g);
            int be = b != null ? b.EntryOfStr(name) : -1;
            if (be < 0 && Interp.MaterializeBuiltin(g, name))
            {
                be = b.EntryOfStr(name);
            }
            if (be < 0)
            {
                throw Err.Name(name);
            }
            c.Dict[arg] = g;
            c.Ver[arg] = g.Version;
            c.Entry[arg] = -1;
            c.BDict[arg] = b;
            c.BVer[arg] = b.Version;
            c.BEntry[arg] = be;
            return b.ValueAt(be);
        }

        private static PyDict BuiltinsDictOf(PyDict globals)
        {
            object b = globals.GetStr("__builtins__");
            PyModule bm = b as PyModule;
            if (bm != null)
            {
                return bm.Dict;
            }
            PyDict bd = b as PyDict;
            return bd != null ? bd : Interp.Current.BuiltinsDict;
        }
    }
}
