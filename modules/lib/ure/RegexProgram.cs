using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>
    /// The seed's regular expressions compiled to a small instruction program (re1-style): characters, any, classes,
    /// split/jump for alternation and repetition, saves for groups, assertions. Matching is a backtracking VM with an
    /// explicit stack and a visited set, so time is bounded by program x input and no host recursion grows with input.
    /// </summary>
    public sealed class RegexProgram
    {
        public const int OpChar = 0;
        public const int OpAny = 1;
        public const int OpClass = 2;
        public const int OpSplit = 3;
        public const int OpJmp = 4;
        public const int OpSave = 5;
        public const int OpMatch = 6;
        public const int OpBol = 7;
        public const int OpEol = 8;

        public int[] Op = new int[32];
        public int[] A = new int[32];
        public int[] B = new int[32];
        public string[] Cls = new string[32];
        public bool[] Neg = new bool[32];
        public int Count;
        public int Groups = 1;
        private readonly string _p;
        private int _i;

        private RegexProgram(string pattern)
        {
            _p = pattern;
        }

        public static RegexProgram Compile(string pattern)
        {
            RegexProgram r = new RegexProgram(pattern);
            r.Emit(OpSave, 0, 0);
            r.Alternation();
            if (r._i < pattern.Length)
            {
                throw Err.Value("Error in regex: unbalanced ')'");
            }
            r.Emit(OpSave, 1, 0);
            r.Emit(OpMatch, 0, 0);
            return r;
        }

        private int Emit(int op, int a, int b)
        {
            if (Count == Op.Length)
            {
                int n = Count * 2;
                int[] o = new int[n];
                int[] aa = new int[n];
                int[] bb = new int[n];
                string[] c = new string[n];
                bool[] ng = new bool[n];
                System.Array.Copy(Op, o, Count);
                System.Array.Copy(A, aa, Count);
                System.Array.Copy(B, bb, Count);
                System.Array.Copy(Cls, c, Count);
                System.Array.Copy(Neg, ng, Count);
                Op = o;
                A = aa;
                B = bb;
                Cls = c;
                Neg = ng;
            }
            Op[Count] = op;
            A[Count] = a;
            B[Count] = b;
            return Count++;
        }

        /// <summary>Inserts an instruction at position at, shifting code after it (and fixing jump targets).</summary>
        private void Insert(int at, int op, int a, int b)
        {
            Emit(0, 0, 0);
            for (int k = Count - 1; k > at; k--)
            {
                Op[k] = Op[k - 1];
                A[k] = A[k - 1];
                B[k] = B[k - 1];
                Cls[k] = Cls[k - 1];
                Neg[k] = Neg[k - 1];
            }
            for (int k = 0; k < Count; k++)
            {
                if (k == at)
                {
                    continue;
                }
                if (Op[k] == OpSplit || Op[k] == OpJmp)
                {
                    if (A[k] > at)
                    {
                        A[k]++;
                    }
                    if (Op[k] == OpSplit && B[k] > at)
                    {
                        B[k]++;
                    }
                }
            }
            Op[at] = op;
            A[at] = a;
            B[at] = b;
            Cls[at] = null;
            Neg[at] = false;
        }

        private void Alternation()
        {
            int start = Count;
            Sequence();
            while (_i < _p.Length && _p[_i] == '|')
            {
                _i++;
                // split start, next-alt ; ... ; jmp end
                Insert(start, OpSplit, start + 1, 0);
                int jmp = Emit(OpJmp, 0, 0);
                B[start] = Count;
                Sequence();
                A[jmp] = Count;
            }
        }

        private void Sequence()
        {
            while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
            {
                int atomStart = Count;
                Atom();
                if (_i < _p.Length && (_p[_i] == '*' || _p[_i] == '+' || _p[_i] == '?'))
                {
                    char q = _p[_i++];
                    bool lazy = _i < _p.Length && _p[_i] == '?';
                    if (lazy)
                    {
                        _i++;
                    }
                    if (q == '?')
                    {
                        Insert(atomStart, OpSplit, 0, 0);
                        SetSplit(atomStart, atomStart + 1, Count, lazy);
                    }
                    else if (q == '*')
                    {
                        Insert(atomStart, OpSplit, 0, 0);
                        Emit(OpJmp, atomStart, 0);
                        SetSplit(atomStart, atomStart + 1, Count, lazy);
                    }
                    else
                    {
                        int split = Emit(OpSplit, 0, 0);
                        SetSplit(split, atomStart, Count, lazy);
                    }
                }
            }
        }

        private void SetSplit(int at, int body, int after, bool lazy)
        {
            A[at] = lazy ? after : body;
            B[at] = lazy ? body : after;
        }

        private void Atom()
        {
            char c = _p[_i++];
            switch (c)
            {
                case '.':
                    Emit(OpAny, 0, 0);
                    return;
                case '^':
                    Emit(OpBol, 0, 0);
                    return;
                case '$':
                    Emit(OpEol, 0, 0);
                    return;
                case '(':
                    {
                        bool capture = true;
                        if (_i + 1 < _p.Length && _p[_i] == '?' && _p[_i + 1] == ':')
                        {
                            capture = false;
                            _i += 2;
                        }
                        int g = Groups;
                        if (capture)
                        {
                            Groups++;
                            Emit(OpSave, 2 * g, 0);
                        }
                        Alternation();
                        if (_i >= _p.Length || _p[_i] != ')')
                        {
                            throw Err.Value("Error in regex: missing ')'");
                        }
                        _i++;
                        if (capture)
                        {
                            Emit(OpSave, 2 * g + 1, 0);
                        }
                        return;
                    }
                case '[':
                    Class();
                    return;
                case '\\':
                    Escape(false);
                    return;
                case '*':
                case '+':
                case '?':
                    throw Err.Value("Error in regex: nothing to repeat");
                default:
                    Emit(OpChar, c, 0);
                    return;
            }
        }

        private static string ClassOf(char e, out bool neg)
        {
            neg = e == 'D' || e == 'W' || e == 'S';
            switch (e)
            {
                case 'd':
                case 'D':
                    return "09";
                case 'w':
                case 'W':
                    return "azAZ09__";
                case 's':
                case 'S':
                    return "  \t\r\x0b\x0c";
            }
            return null;
        }

        private void Escape(bool inClass)
        {
            if (_i >= _p.Length)
            {
                throw Err.Value("Error in regex: bad escape");
            }
            char e = _p[_i++];
            bool neg;
            string cls = ClassOf(e, out neg);
            if (cls != null)
            {
                int k = Emit(OpClass, 0, 0);
                Cls[k] = cls;
                Neg[k] = neg;
                return;
            }
            char lit = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
            Emit(OpChar, lit, 0);
        }

        private void Class()
        {
            bool neg = false;
            if (_i < _p.Length && _p[_i] == '^')
            {
                neg = true;
                _i++;
            }
            StrBuf ranges = new StrBuf();
            bool first = true;
            while (_i < _p.Length && (_p[_i] != ']' || first))
            {
                first = false;
                char c = _p[_i++];
                if (c == '\\' && _i < _p.Length)
                {
                    char e = _p[_i++];
                    bool n2;
                    string sub = ClassOf(e, out n2);
                    if (sub != null && !n2)
                    {
                        ranges.Append(sub);
                        continue;
                    }
                    c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
                }
                char hi = c;
                if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
                {
                    _i++;
                    hi = _p[_i++];
                    if (hi == '\\' && _i < _p.Length)
                    {
                        hi = _p[_i++];
                    }
                }
                ranges.Append(c).Append(hi);
            }
            if (_i >= _p.Length)
            {
                throw Err.Value("Error in regex: unterminated character set");
            }
            _i++;
            int k = Emit(OpClass, 0, 0);
            Cls[k] = ranges.ToString();
            Neg[k] = neg;
        }

        private bool InClass(int pc, char c)
        {
            string r = Cls[pc];
            bool hit = false;
            for (int i = 0; i + 1 < r.Length; i += 2)
            {
                if (c >= r[i] && c <= r[i + 1])
                {
                    hit = true;
                    break;
                }
            }
            return hit != Neg[pc];
        }

        /// <summary>The visited set MatchAt needs for a subject of length len: one bit per (position, instruction).</summary>
        public int[] NewVisited(int len)
        {
            return new int[(Count * (len + 1) + 31) >> 5];
        }

        /// <summary>Clears the visited bits of positions from..hi (all a search starting at from can have set), so
        /// the next search of the same subject reuses the set.</summary>
        public void ClearVisited(int[] visited, int from, int hi)
        {
            int lo = (from * Count) >> 5;
            int end = ((hi + 1) * Count + 31) >> 5;
            System.Array.Clear(visited, lo, (end < visited.Length ? end : visited.Length) - lo);
        }

        /// <summary>
        /// Matches at position start (anchored); returns group spans (2 per group, -1 unset) or null. visited (from
        /// NewVisited) is shared by the attempts of one search: without backreferences, a (position, instruction)
        /// state that failed once fails from any start, so a search is linear in states, not quadratic. hi rises to
        /// the highest position visited (for ClearVisited).
        /// </summary>
        public int[] MatchAt(char[] s, int start, int[] visited, ref int hi)
        {
            int nslots = Groups * 2;
            int count = Count;
            // Backtrack stack: pc, sp, and a snapshot index into the saved-slot log.
            int[] stPc = new int[16];
            int[] stSp = new int[16];
            int[] stSlot = new int[16];
            int[] stOld = new int[16];
            int top = 0;
            int[] slots = new int[nslots];
            for (int i = 0; i < nslots; i++)
            {
                slots[i] = -1;
            }
            int pc = 0;
            int sp = start;
            while (true)
            {
                if (pc >= 0)
                {
                    int vi = sp * count + pc;
                    int bit = 1 << (vi & 31);
                    if ((visited[vi >> 5] & bit) != 0)
                    {
                        pc = -1;
                    }
                    else
                    {
                        visited[vi >> 5] |= bit;
                        if (sp > hi)
                        {
                            hi = sp;
                        }
                        switch (Op[pc])
                        {
                            case OpChar:
                                if (sp < s.Length && s[sp] == A[pc])
                                {
                                    pc++;
                                    sp++;
                                    continue;
                                }
                                pc = -1;
                                break;
                            case OpAny:
                                if (sp < s.Length && s[sp] != '\n')
                                {
                                    pc++;
                                    sp++;
                                    continue;
                                }
                                pc = -1;
                                break;
                            case OpClass:
                                if (sp < s.Length && InClass(pc, s[sp]))
                                {
                                    pc++;
                                    sp++;
                                    continue;
                                }
                                pc = -1;
                                break;
                            case OpBol:
                                if (sp == 0)
                                {
                                    pc++;
                                    continue;
                                }
                                pc = -1;
                                break;
                            case OpEol:
                                if (sp == s.Length)
                                {
                                    pc++;
                                    continue;
                                }
                                pc = -1;
                                break;
                            case OpJmp:
                                pc = A[pc];
                                continue;
                            case OpSplit:
                                Push(ref stPc, ref stSp, ref stSlot, ref stOld, ref top, B[pc], sp, -1, 0);
                                pc = A[pc];
                                continue;
                            case OpSave:
                                {
                                    int slot = A[pc];
                                    Push(ref stPc, ref stSp, ref stSlot, ref stOld, ref top, -2, 0, slot, slots[slot]);
                                    slots[slot] = sp;
                                    pc++;
                                    continue;
                                }
                            case OpMatch:
                                return slots;
                        }
                    }
                }
                // Backtrack: undo saves until a pending alternative.
                while (true)
                {
                    if (top == 0)
                    {
                        return null;
                    }
                    top--;
                    if (stPc[top] == -2)
                    {
                        slots[stSlot[top]] = stOld[top];
                        continue;
                    }
                    pc = stPc[top];
                    sp = stSp[top];
                    break;
                }
            }
        }

        private static void Push(ref int[] pcs, ref int[] sps, ref int[] sl, ref int[] old, ref int top, int pc, int sp, int slot, int oldVal)
        {
            if (top == pcs.Length)
            {
                int n = top * 2;
                int[] a = new int[n];
                int[] b = new int[n];
                int[] c = new int[n];
                int[] d = new int[n];
                System.Array.Copy(pcs, a, top);
                System.Array.Copy(sps, b, top);
                System.Array.Copy(sl, c, top);
                System.Array.Copy(old, d, top);
                pcs = a;
                sps = b;
                sl = c;
                old = d;
            }
            pcs[top] = pc;
            sps[top] = sp;
            sl[top] = slot;
            old[top] = oldVal;
            top++;
        }
    }
}
