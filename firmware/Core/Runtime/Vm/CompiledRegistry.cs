using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// Compiled bodies by the content of the code object they were translated from. A compiled assembly registers
    /// each body with the key of its code object (Key below, computed by the freeze tool); when the runtime compiles
    /// source it attaches a body to each code object whose key equals the registered one exactly (the hash only finds
    /// the candidates), so stale or foreign compiled code is never run.
    /// </summary>
    public static class CompiledRegistry
    {
        private static int[] s_hashes = new int[0];
        private static string[] s_keys = new string[0];
        private static CompiledCode[] s_bodies = new CompiledCode[0];
        private static int s_count;

        /// <summary>Code objects given a compiled body, and those looked at without a match, since start-up.</summary>
        public static int Attached;
        public static int Unmatched;

        /// <summary>When set before code is compiled, each body attached from then on counts its runs in Runs (each
        /// call, and each resume of a generator; one more virtual call each; off by default).</summary>
        public static bool CountRuns;
        public static int Runs;

        public static int Count
        {
            get { return s_count; }
        }

        public static void Register(string key, CompiledCode body)
        {
            if (s_count == s_keys.Length)
            {
                int n = s_count < 8 ? 16 : s_count * 2;
                int[] h = new int[n];
                string[] k = new string[n];
                CompiledCode[] b = new CompiledCode[n];
                System.Array.Copy(s_hashes, h, s_count);
                System.Array.Copy(s_keys, k, s_count);
                System.Array.Copy(s_bodies, b, s_count);
                s_hashes = h;
                s_keys = k;
                s_bodies = b;
            }
            s_hashes[s_count] = Hash(key);
            s_keys[s_count] = key;
            s_bodies[s_count] = body;
            s_count++;
        }

        /// <summary>Forgets every registered body (tests).</summary>
        public static void Clear()
        {
            s_count = 0;
            s_hashes = new int[0];
            s_keys = new string[0];
            s_bodies = new CompiledCode[0];
            Attached = 0;
            Unmatched = 0;
            Runs = 0;
        }

        /// <summary>The registered body for exactly this key, or null.</summary>
        public static CompiledCode Find(string key)
        {
            int h = Hash(key);
            for (int i = 0; i < s_count; i++)
            {
                if (s_hashes[i] == h && s_keys[i] == key)
                {
                    return s_bodies[i];
                }
            }
            return null;
        }

        /// <summary>Attaches bodies to code and the code objects nested in its constants (none registered: nothing).</summary>
        public static void Attach(CodeObject code)
        {
            if (s_count == 0 || code == null)
            {
                return;
            }
            object[] consts = code.Consts;
            if (consts != null)
            {
                for (int i = 0; i < consts.Length; i++)
                {
                    CodeObject inner = consts[i] as CodeObject;
                    if (inner != null)
                    {
                        Attach(inner);
                    }
                }
            }
            if (code.IsModule || code.IsClassBody || code.IsCoroutine)
            {
                return;
            }
            CompiledCode body = Find(Key(code));
            code.Compiled = body != null && CountRuns ? new CountedCode(body) : body;
            if (body != null)
            {
                Attached++;
            }
            else
            {
                Unmatched++;
            }
        }

        /// <summary>The platform's string hash (only ever compared within one process): on nanoCLR a string is UTF-8
        /// and s[i] counts characters from the start, so a loop over a key's characters would be quadratic.</summary>
        private static int Hash(string s)
        {
            return s.GetHashCode();
        }

        /// <summary>
        /// Everything a compiled body's behaviour depends on, written out unambiguously (lengths before text): the
        /// instruction words, names, constants (type and exact value; floats by their bits; nested code by its own
        /// key), slot counts and flags. File name, function name and line table are read from the code object at run
        /// time and are not part of it.
        /// </summary>
        public static string Key(CodeObject code)
        {
            StrBuf sb = new StrBuf(256);
            AppendKey(sb, code);
            return sb.ToString();
        }

        private static void AppendKey(StrBuf sb, CodeObject c)
        {
            sb.Append("v1;");
            Num(sb, c.ArgCount);
            Num(sb, c.KwOnlyCount);
            Num(sb, c.NFast);
            Num(sb, c.NCells);
            Num(sb, c.NOwnCells);
            Num(sb, c.StackSize);
            Num(sb, (c.VarArgs ? 1 : 0) | (c.VarKw ? 2 : 0) | (c.IsGenerator ? 4 : 0) | (c.IsCoroutine ? 8 : 0)
                | (c.IsClassBody ? 16 : 0) | (c.IsModule ? 32 : 0) | (c.Interactive ? 64 : 0) | (c.Simple ? 128 : 0));
            int[] w = c.Words;
            Num(sb, w.Length);
            for (int i = 0; i < w.Length; i++)
            {
                Num(sb, w[i]);
            }
            byte[] code = c.Code;
            Num(sb, code.Length);
            for (int i = 0; i < code.Length; i++)
            {
                Num(sb, code[i]);
            }
            Strings(sb, c.Names);
            Strings(sb, c.FastNames);
            Strings(sb, c.CellNames);
            Strings(sb, c.ParamNames);
            int[] cp = c.CellParam;
            Num(sb, cp == null ? -1 : cp.Length);
            if (cp != null)
            {
                for (int i = 0; i < cp.Length; i++)
                {
                    Num(sb, cp[i]);
                }
            }
            object[] k = c.Consts;
            Num(sb, k == null ? -1 : k.Length);
            if (k != null)
            {
                for (int i = 0; i < k.Length; i++)
                {
                    Const(sb, k[i]);
                }
            }
        }

        private static void Const(StrBuf sb, object o)
        {
            CodeObject inner = o as CodeObject;
            if (inner != null)
            {
                sb.Append('C');
                AppendKey(sb, inner);
                return;
            }
            PyFloat pf = o as PyFloat;
            if (pf != null)
            {
                sb.Append('F');
                long bits = System.BitConverter.DoubleToInt64Bits(pf.Value);
                Num(sb, (int)(bits >> 32));
                Num(sb, (int)bits);
                return;
            }
            PyTuple t = o as PyTuple;
            if (t != null)
            {
                sb.Append('T');
                Num(sb, t.Items.Length);
                for (int i = 0; i < t.Items.Length; i++)
                {
                    Const(sb, t.Items[i]);
                }
                return;
            }
            // Strings, bytes, ints of any size, complex, None, True, False, Ellipsis: the type and the exact repr.
            sb.Append('O');
            Str(sb, Ops.TypeName(o));
            Str(sb, Ops.Repr(o));
        }

        private static void Strings(StrBuf sb, string[] a)
        {
            Num(sb, a == null ? -1 : a.Length);
            if (a != null)
            {
                for (int i = 0; i < a.Length; i++)
                {
                    Str(sb, a[i]);
                }
            }
        }

        private static void Str(StrBuf sb, string s)
        {
            if (s == null)
            {
                sb.Append("-1;");
                return;
            }
            Num(sb, s.Length);
            sb.Append(s);
        }

        private static void Num(StrBuf sb, int v)
        {
            sb.Append(Ops.IntToString(v)).Append(';');
        }
    }
}
