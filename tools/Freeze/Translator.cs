using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MicroPy.Compiler;
using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;

namespace MicroPy.Freeze
{
    /// <summary>
    /// Translates one code object's bytecode to the C# body of a CompiledCode class: Python locals and value-stack
    /// slots become C# locals (an object and a long each, as the VM's R/I slots: Unboxed.Int/Unboxed.Float keep the
    /// number in the long), jump targets become labels, operands constants; small-int and float arithmetic,
    /// comparisons, conditional jumps and range/list loops are inline, the rest calls the VM's helpers (Vm.C*) or,
    /// for rare instructions, the loop's own RareOp on the spilled stack. Code it cannot translate (coroutines, yield
    /// from, exception blocks, an opcode not handled here) is refused with the reason; it stays interpreted.
    ///
    /// A generator's body is resumable: at a yield it spills the locals live after it (those the body ever stores)
    /// and the value stack below the yielded value to the frame, sets f.Pc to the instruction after the yield (as
    /// the loop leaves it) and returns the value; Run starts with a switch on f.Pc that reloads them and jumps back
    /// in. f.Pc = -1 on return tells the runtime (Vm.NextCompiled) the generator has finished. A yield whose value
    /// the body uses leaves its slot in f.Sp holding None, for send() to replace; otherwise f.Sp is -1.
    /// </summary>
    public sealed class Translator
    {
        private readonly CodeObject _code;
        private readonly StringBuilder _sb = new StringBuilder();
        private readonly SortedDictionary<int, int> _depth = new SortedDictionary<int, int>();
        private readonly HashSet<int> _targets = new HashSet<int>();
        private readonly List<int> _pcs = new List<int>();
        /// <summary>The FOR_ITER instructions, each with its iterator locals (riPC the iterator they were read from,
        /// rgPC/rsPC/rpPC its range, stop and step, liPC its list).</summary>
        private readonly SortedSet<int> _rangeLoops = new SortedSet<int>();
        private int _maxDepth;
        /// <summary>Backward jumps (target, jump): the loops.</summary>
        private readonly List<(int, int)> _loops = new List<(int, int)>();
        /// <summary>The names whose instance attribute sites share an activation memo (see AttrMemo).</summary>
        private readonly HashSet<int> _memo = new HashSet<int>();
        /// <summary>The code deletes a local: parameters may be unbound too.</summary>
        private bool _deletes;
        /// <summary>Successors of each reachable instruction (generators: liveness of locals across yields).</summary>
        private readonly Dictionary<int, List<int>> _succ = new Dictionary<int, List<int>>();
        /// <summary>Generators: the locals live at each instruction's start, and those the body ever stores.</summary>
        private Dictionary<int, bool[]> _liveIn;
        /// <summary>Per instruction, the locals definitely assigned before it (null: not computed, test every load).</summary>
        private Dictionary<int, bool[]> _assigned;
        private bool[] _written;
        /// <summary>Generators: the resume points (instruction after each yield), in order.</summary>
        private readonly List<int> _resumes = new List<int>();
        /// <summary>CALL_METHODs of `l.append(v)`, `l.pop()`, `l.pop(i)`, `d.get(k)` and `d.get(k, v)` (by the call's
        /// pc: the method name) whose LOAD_METHOD left the method slot null for a list (a dict for get) receiver: the
        /// call appends inline or calls its helper directly (list and dict are builtin types, so their methods cannot
        /// change between the two; a subclass instance is not a PyList or PyDict).</summary>
        private readonly Dictionary<int, string> _builtinCalls = new Dictionary<int, string>();
        /// <summary>BINARY_OP % instructions (by pc) whose left operand is a str constant with one plain %d, %i or %s
        /// and no other %: the text before and after the conversion, and whether it is %s.</summary>
        private readonly Dictionary<int, string[]> _formats = new Dictionary<int, string[]>();

        /// <summary>Why the code object stays interpreted (null when translated).</summary>
        public string Refusal;

        /// <summary>The arity of the body's direct entry (RunArity, see CompiledCode), or -1 when it has none.</summary>
        public int Arity = -1;

        /// <summary>Value-stack slots the body may leave set in R (CompiledCode.Spills).</summary>
        public int Spills;

        private static readonly Dictionary<string, string> s_markers = new Dictionary<string, string>
        {
            { "UF", "Unboxed.Float" }, { "T", "PyBool.True" }, { "F", "PyBool.False" }, { "N", "PyNone.None" },
        };

        private static readonly HashSet<string> s_frameNames = new HashSet<string> { "locals", "eval", "exec", "vars", "dir" };

        public Translator(CodeObject code)
        {
            _code = code;
        }

        private static int Op(int w)
        {
            return (byte)w;
        }

        private static int Arg(int w)
        {
            return w >> 10;
        }

        /// <summary>The C# statements of Run's body, or null with Refusal set.</summary>
        public string Translate()
        {
            CodeObject c = _code;
            if (c.IsModule || c.IsClassBody)
            {
                return Refuse("module or class body");
            }
            if (c.IsCoroutine)
            {
                return Refuse("coroutine");
            }
            foreach (string n in c.Names)
            {
                if (s_frameNames.Contains(n))
                {
                    return Refuse("names '" + n + "' (reads the frame's locals)");
                }
            }
            int[] w = c.Words;
            for (int pc = 0; pc < w.Length;)
            {
                int len = (w[pc] >> 8) & 3;
                if (len == 0)
                {
                    return Refuse("bad instruction length");
                }
                _pcs.Add(pc);
                _deletes |= Op(w[pc]) == Opcodes.DeleteFast;
                pc += len;
            }
            string why = Depths();
            if (why != null)
            {
                return Refuse(why);
            }
            if (c.IsGenerator)
            {
                Liveness();
            }
            if (!_deletes)
            {
                // A generator too: a local live across a yield is reloaded where the body resumes.
                DefiniteAssignment();
            }
            if (!c.IsGenerator && c.Simple && c.KwOnlyCount == 0 && !c.VarArgs && !c.VarKw && c.NOwnCells == 0 && c.ArgCount <= 3)
            {
                Arity = c.ArgCount;
            }
            FloatKinds();
            Emit();
            return Refusal == null ? _sb.ToString() : null;
        }

        private string Refuse(string why)
        {
            Refusal = why;
            return null;
        }

        private int Next(int pc)
        {
            return pc + ((_code.Words[pc] >> 8) & 3);
        }

        /// <summary>The value-stack depth before each reachable instruction (static in this bytecode), and the jump
        /// targets; a reason when an opcode is not translated or depths disagree.</summary>
        private string Depths()
        {
            Stack<int> work = new Stack<int>();
            _depth[0] = 0;
            work.Push(0);
            while (work.Count > 0)
            {
                int pc = work.Pop();
                int d = _depth[pc];
                int wd = _code.Words[pc];
                int op = Op(wd);
                int arg = Arg(wd);
                int next = Next(pc);
                int effect;
                int jump = -1;
                int jumpDepth = 0;
                bool falls = true;
                switch (op)
                {
                    case Opcodes.Nop:
                    case Opcodes.IncFast:
                    case Opcodes.RotTwo:
                    case Opcodes.RotThree:
                    case Opcodes.UnaryOp:
                    case Opcodes.Not:
                    case Opcodes.GetIter:
                    case Opcodes.LoadAttr:
                    case Opcodes.StoreFastLoadFast:
                    case Opcodes.LoadFastBinaryOp:
                    case Opcodes.LoadFastInplaceOp:
                    case Opcodes.LoadSmallIntBinaryOp:
                    case Opcodes.LoadSmallIntInplaceOp:
                    case Opcodes.LoadSmallIntCompareOp:
                    case Opcodes.DeleteGlobal:
                    case Opcodes.DeleteFast:
                    case Opcodes.DeleteDeref:
                        effect = 0;
                        break;
                    case Opcodes.YieldValue:
                        if (!_code.IsGenerator)
                        {
                            return "yield outside a generator";
                        }
                        effect = 0;
                        break;
                    case Opcodes.YieldFrom:
                    case Opcodes.GetYieldFromIter:
                        return "yield from";
                    case Opcodes.LoadFast:
                    case Opcodes.LoadSmallInt:
                    case Opcodes.LoadConst:
                    case Opcodes.LoadFloat:
                    case Opcodes.LoadNone:
                    case Opcodes.LoadTrue:
                    case Opcodes.LoadFalse:
                    case Opcodes.LoadEllipsis:
                    case Opcodes.LoadDeref:
                    case Opcodes.LoadClosure:
                    case Opcodes.LoadGlobal:
                    case Opcodes.DupTop:
                    case Opcodes.LoadFastAttr:
                    case Opcodes.LoadMethod:
                    case Opcodes.LoadBuildClass:
                    case Opcodes.LoadAssertionError:
                    case Opcodes.ImportFrom:
                        effect = 1;
                        break;
                    case Opcodes.LoadFast2:
                    case Opcodes.DupTopTwo:
                    case Opcodes.LoadFastMethod:
                        effect = 2;
                        break;
                    case Opcodes.StoreFast:
                    case Opcodes.PopTop:
                    case Opcodes.BinaryOp:
                    case Opcodes.InplaceOp:
                    case Opcodes.CompareOp:
                    case Opcodes.StoreGlobal:
                    case Opcodes.StoreDeref:
                    case Opcodes.BinarySubscr:
                    case Opcodes.LoadFastStoreAttr:
                    case Opcodes.ListAppend:
                    case Opcodes.SetAdd:
                    case Opcodes.ListExtend:
                    case Opcodes.SetUpdate:
                    case Opcodes.DictMerge:
                    case Opcodes.DeleteAttr:
                    case Opcodes.ImportName:
                        effect = -1;
                        break;
                    case Opcodes.StoreAttr:
                    case Opcodes.MapAdd:
                    case Opcodes.MapMergeKw:
                    case Opcodes.DeleteSubscr:
                        effect = -2;
                        break;
                    case Opcodes.StoreSubscr:
                        effect = -3;
                        break;
                    case Opcodes.CallFunction:
                        effect = -((arg & 0xFF) + 2 * (arg >> 8));
                        break;
                    case Opcodes.CallMethod:
                        effect = -((arg & 0xFF) + 2 * (arg >> 8)) - 1;
                        break;
                    case Opcodes.CallFunctionEx:
                        effect = -1 - (arg & 1);
                        break;
                    case Opcodes.BuildTuple:
                    case Opcodes.BuildList:
                    case Opcodes.BuildSet:
                        if (arg == 0xFFFF)
                        {
                            return "BUILD_TUPLE from a list";
                        }
                        effect = 1 - arg;
                        break;
                    case Opcodes.BuildMap:
                        effect = 1 - 2 * arg;
                        break;
                    case Opcodes.BuildSlice:
                        effect = 1 - (arg & 0xFF);
                        break;
                    case Opcodes.UnpackSequence:
                        effect = arg - 1;
                        break;
                    case Opcodes.UnpackEx:
                        effect = (arg & 0xFF) + (arg >> 8);
                        break;
                    case Opcodes.MakeFunction:
                        effect = -(arg & 1) - ((arg >> 1) & 1) - ((arg >> 2) & 1);
                        break;
                    case Opcodes.Jump:
                        effect = 0;
                        jump = arg;
                        jumpDepth = d;
                        falls = false;
                        break;
                    case Opcodes.PopJumpIfFalse:
                    case Opcodes.PopJumpIfTrue:
                        effect = -1;
                        jump = arg;
                        jumpDepth = d - 1;
                        break;
                    case Opcodes.JumpIfFalseOrPop:
                    case Opcodes.JumpIfTrueOrPop:
                        effect = -1;
                        jump = arg;
                        jumpDepth = d;
                        break;
                    case Opcodes.ForIter:
                        effect = 1;
                        jump = arg;
                        jumpDepth = d - 1;
                        break;
                    case Opcodes.ReturnValue:
                    case Opcodes.RaiseVarargs:
                        effect = -1;
                        falls = false;
                        break;
                    default:
                        return "opcode " + op;
                }
                if (op == Opcodes.BuildSlice && FusedSliceNext(pc) >= 0)
                {
                    int after = Next(Next(pc));
                    int nop = Op(_code.Words[Next(pc)]);
                    jump = after;
                    jumpDepth = d + 1 - (arg & 0xFF) + (nop == Opcodes.BinarySubscr ? -1 : -3);
                }
                if (op == Opcodes.RaiseVarargs && d < arg)
                {
                    return "stack underflow";
                }
                List<int> succ = new List<int>();
                _succ[pc] = succ;
                if (falls)
                {
                    succ.Add(next);
                }
                if (jump >= 0)
                {
                    succ.Add(jump);
                }
                if (falls && !Merge(work, next, d + effect, out string err))
                {
                    return err;
                }
                if (jump >= 0)
                {
                    if (jump <= pc)
                    {
                        _loops.Add((jump, pc));
                    }
                    _targets.Add(jump);
                    if (!Merge(work, jump, jumpDepth, out string err2))
                    {
                        return err2;
                    }
                }
                int peak = d + (effect > 0 ? effect : 0) + 1;
                if (peak > _maxDepth)
                {
                    _maxDepth = peak;
                }
            }
            return null;
        }

        /// <summary>The locals instruction pc reads (before it stores any) and stores.</summary>
        private void UseDef(int pc, List<int> use, List<int> def)
        {
            int wd = _code.Words[pc];
            int arg = Arg(wd);
            switch (Op(wd))
            {
                case Opcodes.LoadFast:
                    use.Add(arg);
                    break;
                case Opcodes.LoadFast2:
                    use.Add(arg & 0xFF);
                    use.Add(arg >> 8);
                    break;
                case Opcodes.LoadFastAttr:
                case Opcodes.LoadFastMethod:
                case Opcodes.LoadFastStoreAttr:
                case Opcodes.LoadFastBinaryOp:
                case Opcodes.LoadFastInplaceOp:
                    use.Add(arg & 0xFF);
                    break;
                case Opcodes.StoreFast:
                    def.Add(arg);
                    break;
                case Opcodes.StoreFastLoadFast:
                    def.Add(arg & 0xFF);
                    if ((arg >> 8) != (arg & 0xFF))
                    {
                        use.Add(arg >> 8);
                    }
                    break;
                case Opcodes.IncFast:
                case Opcodes.DeleteFast:
                    use.Add(arg & 0xFF);
                    def.Add(arg & 0xFF);
                    break;
            }
        }

        /// <summary>Which locals are live at each instruction (read on some path before being stored), by the usual
        /// backward fixpoint over the successors; and which locals the body ever stores.</summary>
        private void Liveness()
        {
            int nf = _code.NFast;
            _liveIn = new Dictionary<int, bool[]>();
            _written = new bool[nf];
            Dictionary<int, List<int>> uses = new Dictionary<int, List<int>>();
            Dictionary<int, List<int>> defs = new Dictionary<int, List<int>>();
            List<int> order = new List<int>();
            foreach (int pc in _pcs)
            {
                if (!_depth.ContainsKey(pc))
                {
                    continue;
                }
                order.Add(pc);
                List<int> u = new List<int>();
                List<int> d = new List<int>();
                UseDef(pc, u, d);
                uses[pc] = u;
                defs[pc] = d;
                foreach (int k in d)
                {
                    _written[k] = true;
                }
                _liveIn[pc] = new bool[nf];
            }
            order.Reverse();
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (int pc in order)
                {
                    bool[] live = new bool[nf];
                    foreach (int sp in _succ[pc])
                    {
                        if (_liveIn.TryGetValue(sp, out bool[] sl))
                        {
                            for (int k = 0; k < nf; k++)
                            {
                                live[k] |= sl[k];
                            }
                        }
                    }
                    foreach (int k in defs[pc])
                    {
                        live[k] = false;
                    }
                    foreach (int k in uses[pc])
                    {
                        live[k] = true;
                    }
                    bool[] have = _liveIn[pc];
                    for (int k = 0; k < nf; k++)
                    {
                        if (live[k] != have[k])
                        {
                            have[k] = live[k];
                            changed = true;
                        }
                    }
                }
            }
        }

        /// <summary>The subscript right after a BUILD_SLICE at pc (not itself a jump target), which the loop's fused
        /// list slicing may run with it; -1 if none.</summary>
        private int FusedSliceNext(int pc)
        {
            int next = Next(pc);
            if (next >= _code.Words.Length || Next(next) >= _code.Words.Length)
            {
                return -1;
            }
            int nop = Op(_code.Words[next]);
            return nop == Opcodes.BinarySubscr || nop == Opcodes.StoreSubscr ? next : -1;
        }

        private bool Merge(Stack<int> work, int pc, int d, out string err)
        {
            err = null;
            if (pc < 0 || pc >= _code.Words.Length || d < 0)
            {
                err = "jump outside the code";
                return false;
            }
            if (_depth.TryGetValue(pc, out int have))
            {
                if (have != d)
                {
                    err = "stack depths disagree at " + pc;
                    return false;
                }
                return true;
            }
            _depth[pc] = d;
            work.Push(pc);
            return true;
        }

        private static string S(int d)
        {
            return "s" + d.ToString(CultureInfo.InvariantCulture);
        }

        private static string T(int d)
        {
            return "t" + d.ToString(CultureInfo.InvariantCulture);
        }

        private static string A(int k)
        {
            return "a" + k.ToString(CultureInfo.InvariantCulture);
        }

        private static string B(int k)
        {
            return "b" + k.ToString(CultureInfo.InvariantCulture);
        }

        private static string N(long v)
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }

        private void L(string line)
        {
            _sb.Append("            ").Append(line).Append('\n');
        }

        private void Emit()
        {
            CodeObject c = _code;
            MemoNames();
            HashSet<int> skip = new HashSet<int>();
            foreach (int pc in _pcs)
            {
                if (_targets.Contains(pc))
                {
                    _sb.Append("        L").Append(N(pc)).Append(":\n");
                }
                if (!_depth.TryGetValue(pc, out int d) || skip.Contains(pc))
                {
                    if (_targets.Contains(pc))
                    {
                        L(";");
                    }
                    continue;
                }
                int w = c.Words[pc];
                _cur = _kinds[pc];
                Instruction(pc, Op(w), Arg(w), d, skip);
                if (Refusal != null)
                {
                    return;
                }
            }
            // Not reached: our compiler ends every function with RETURN_VALUE (C# wants a return here when the last
            // instruction is a jump target).
            if (c.IsGenerator)
            {
                L("f.Pc = -1;");
            }
            L("n = 0;");
            L("return null;");
            string body = _sb.ToString();
            _sb.Clear();
            if (c.IsGenerator)
            {
                // Resumed: back to the instruction after the yield; started: the parameters the body reads.
                StringBuilder sw = new StringBuilder("switch (f.Pc) {");
                foreach (int r in _resumes)
                {
                    sw.Append(" case ").Append(N(r)).Append(": goto Y").Append(N(r)).Append(';');
                }
                L(sw.Append(" }").ToString());
                L("f.Sp = -1;");
                bool[] live0 = _liveIn[0];
                for (int k = 0; k < c.NFast; k++)
                {
                    if (live0[k])
                    {
                        L(A(k) + " = R[f.Base + " + N(k) + "]; " + B(k) + " = I[f.Base + " + N(k) + "];");
                    }
                }
                body = _sb.ToString() + body;
                _sb.Clear();
                // Each resume is a new activation that mostly runs one step: the float marker and the constants are
                // read where a step needs them, not at every resume (U stays a local: nearly every step tests it).
                body = System.Text.RegularExpressions.Regex.Replace(body, "\"(?:[^\"\\\\]|\\\\.)*\"|\\b(UF|T|F|N)\\b", m =>
                    m.Groups[1].Success ? s_markers[m.Groups[1].Value] : m.Value);
            }
            // Only what the body uses is declared: nanoCLR zeroes every local of a method at each call.
            HashSet<string> used = new HashSet<string>();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(body, @"\b[A-Za-z_][A-Za-z0-9_]*\b"))
            {
                used.Add(m.Value);
            }
            bool loads = false;
            for (int k = Arity > 0 ? Arity : 0; k < c.NFast; k++)
            {
                loads |= !c.IsGenerator && Arity < 0 && (used.Contains(A(k)) || used.Contains(B(k)));
            }
            if (loads || used.Contains("R"))
            {
                L("object[] R = f.Refs;");
            }
            if (loads || used.Contains("I"))
            {
                L("long[] I = f.Bits;");
            }
            if (used.Contains("S"))
            {
                L("int S = f.Base + " + N(c.NFast) + ";");
            }
            Declare(used, "K", "object[] K = f.Code.Consts;");
            Declare(used, "U", "object U = Unboxed.Int;");
            Declare(used, "UF", "object UF = Unboxed.Float;");
            Declare(used, "UD", "object UD = Unboxed.Double;");
            Declare(used, "T", "object T = PyBool.True;");
            Declare(used, "F", "object F = PyBool.False;");
            Declare(used, "N", "object N = PyNone.None;");
            Declare(used, "c", "bool c = false;");
            Declare(used, "z", "long z = 0;");
            Declare(used, "rg", "PyRange rg = null;");
            foreach (int loop in _rangeLoops)
            {
                L("object ri" + N(loop) + " = null;");
                L("PyList li" + N(loop) + " = null;");
                L("PyRange rg" + N(loop) + " = null;");
                L("long rs" + N(loop) + " = 0;");
                L("long rp" + N(loop) + " = 0;");
            }
            Declare(used, "u", "object[] u = null;");
            Declare(used, "pl", "PyList pl = null;");
            Declare(used, "bi", "PyInt bi = null;");
            Declare(used, "gn", "PyGenerator gn = null;");
            Declare(used, "C", "PyCell[] C = f.Cells;");
            Declare(used, "gc", "GlobalCache gc = f.Code.GCache;");
            Declare(used, "gd", "PyDict gd = f.Globals;");
            Declare(used, "ge", "int ge = 0;");
            Declare(used, "gb", "PyDict gb = null;");
            Declare(used, "pf", "PyFunction pf = null;");
            Declare(used, "ai", "PyInstance ai = null;");
            Declare(used, "ad", "PyDict ad = null;");
            Declare(used, "ae", "int ae = 0;");
            Declare(used, "ov", "object ov = null;");
            Declare(used, "AR", "object[] AR = f.ARefs;");
            Declare(used, "AW", "int[] AW = f.AInts;");
            Declare(used, "NM", "string[] NM = f.Names;");
            foreach (int a in _memo)
            {
                // mi starts as the frame: never a Python value, so no site matches before the memo is filled.
                L("object mi" + N(a) + " = f;");
                L("int me" + N(a) + " = 0;");
                L("int mx" + N(a) + " = 0;");
                L("object[] mv" + N(a) + " = null;");
                L("long[] mb" + N(a) + " = null;");
                L("bool mp" + N(a) + " = false;");
            }
            for (int k = Arity > 0 ? Arity : 0; k < c.NFast; k++)
            {
                // A generator loads its locals where it starts or resumes; a direct entry (RunArity) takes its
                // parameters as C# parameters and starts with its other locals unbound.
                bool load = !c.IsGenerator && Arity < 0;
                if (used.Contains(A(k)))
                {
                    L("object " + A(k) + " = " + (load ? "R[f.Base + " + N(k) + "];" : "null;"));
                }
                if (used.Contains(B(k)))
                {
                    L("long " + B(k) + " = " + (load ? "I[f.Base + " + N(k) + "];" : "0;"));
                }
            }
            for (int k = 0; k < c.NFast; k++)
            {
                Declare(used, G(k), "double " + G(k) + " = 0;");
            }
            for (int d = 0; d <= _maxDepth; d++)
            {
                Declare(used, S(d), "object " + S(d) + " = null;");
                Declare(used, T(d), "long " + T(d) + " = 0;");
                Declare(used, F(d), "double " + F(d) + " = 0;");
            }
            _sb.Append(body);
        }

        /// <summary>Slot s, t as an object: an unboxed small int from PyInt.Small inline (PyInt.Create makes it the
        /// first time), any other unboxed number through Vm.CBox.</summary>
        private static string Boxed(string s, string t)
        {
            return "(" + s + " == U ? ((ulong)(" + t + " + 5) <= 261 && (bi = PyInt.Small[(int)" + t + " + 5]) != null ? bi : PyInt.Create(" + t + ")) : "
                + s + " == UF ? Vm.CBox(" + s + ", " + t + ") : " + s + ")";
        }

        private void Declare(HashSet<string> used, string name, string line)
        {
            if (used.Contains(name))
            {
                L(line);
            }
        }

        /// <summary>The start of the inline attribute-cache test (the loop's, see AttrCache) for name a on instance
        /// ai: the cache arrays are taken from the frame when the activation began without them.</summary>
        private static string AttrHit(int a)
        {
            return "(AR != null || ((AR = f.ARefs) != null && (AW = f.AInts) != null)) && AR[" + N(a * AttrCache.RefStride) + "] == ai.Class && AW["
                + N(a * AttrCache.IntStride) + "] == PyDict.ClassEpoch";
        }

        /// <summary>The entry the cache names for name a holds that very key in dict ad (ae: the entry).</summary>
        private static string EntryHit(int a)
        {
            return "(uint)(ae = AW[" + N(a * AttrCache.IntStride + AttrCache.IntEntry) + "]) < (uint)ad.EntryKeys.Length && (object)ad.EntryKeys[ae] == (object)NM[" + N(a) + "]";
        }

        /// <summary>Picks the names whose LOAD_ATTR/STORE_ATTR sites keep an activation memo: those with two sites or
        /// more, or one in a loop (a memo filled and never used costs the fill). At most 8 (each takes six locals).</summary>
        private void MemoNames()
        {
            Dictionary<int, int> count = new Dictionary<int, int>();
            foreach (int pc in _pcs)
            {
                int w = _code.Words[pc];
                int o = Op(w);
                int a;
                if (o == Opcodes.LoadAttr || o == Opcodes.StoreAttr)
                {
                    a = Arg(w);
                }
                else if (o == Opcodes.LoadFastAttr || o == Opcodes.LoadFastStoreAttr)
                {
                    a = Arg(w) >> 8;
                }
                else
                {
                    continue;
                }
                if (!_depth.ContainsKey(pc))
                {
                    continue;
                }
                int weight = 1;
                foreach ((int from, int to) in _loops)
                {
                    if (pc >= from && pc <= to)
                    {
                        weight = 2;
                    }
                }
                count.TryGetValue(a, out int n);
                count[a] = n + weight;
            }
            foreach (KeyValuePair<int, int> kv in count)
            {
                if (kv.Value >= 2 && _memo.Count < 8)
                {
                    _memo.Add(kv.Key);
                }
            }
        }

        /// <summary>Fills name a's activation memo from the hit just made on instance ai (dict ad, entry ae): the instance,
        /// PyDict.ShapeEpoch, the entry and the dict's arrays, and whether a store may use it (plain stores, not a class dict).
        /// While ShapeEpoch is unchanged no class dict changed (so the cached binding still holds for ai's class), and
        /// no dict's arrays were replaced or allocated and no entry deleted, so the entry still holds the name.</summary>
        private static string MemoFill(int a, bool store)
        {
            return " mi" + N(a) + " = ai; me" + N(a) + " = PyDict.ShapeEpoch; mx" + N(a) + " = ae; mv" + N(a) + " = ad.EntryValues; mb" + N(a)
                + " = ad.EntryBits; mp" + N(a) + " = " + (store ? "true" : "(AW[" + N(a * AttrCache.IntStride + AttrCache.IntKind) + "] & AttrCache.PlainStore) != 0 && !ad.IsClassDict") + ";";
        }

        /// <summary>LOAD_ATTR on slot d: an instance's own attribute found through the activation memo or the cache
        /// inline, else CLoadAttr.</summary>
        private void LoadAttr(int pc, int a, int d)
        {
            bool memo = _memo.Contains(a);
            if (memo)
            {
                L("if (" + S(d) + " == mi" + N(a) + " && PyDict.ShapeEpoch == me" + N(a) + " && (ov = mv" + N(a) + "[mx" + N(a) + "]) != null) { "
                    + S(d) + " = ov; " + T(d) + " = ov == U || ov == UF ? mb" + N(a) + "[mx" + N(a) + "] : 0; }");
                _sb.Append("        else ");
            }
            L("if ((ai = " + S(d) + " as PyInstance) != null && (ad = ai.Dict) != null && " + AttrHit(a) + " && (AW[" + N(a * AttrCache.IntStride + AttrCache.IntKind)
                + "] & AttrCache.KindMask) != AttrCache.Property && " + EntryHit(a) + " && (ov = ad.EntryValues[ae]) != null) { "
                + S(d) + " = ov; " + T(d) + " = ov == U || ov == UF ? ad.EntryBits[ae] : 0;" + (memo ? MemoFill(a, false) : "") + " }");
            L("else { " + S(d) + " = Vm.CLoadAttr(f, " + N(a) + ", " + N(pc) + ", " + S(d) + ", " + T(d) + ", out " + T(d) + "); }");
        }

        /// <summary>STORE_ATTR of slot v to slot o's attribute: an existing plain instance attribute replaced through the
        /// activation memo (when it allows stores) or the cache inline, else CStoreAttr.</summary>
        private void StoreAttr(int pc, int a, int o, int v)
        {
            bool memo = _memo.Contains(a);
            string unboxed = S(v) + " == U || " + S(v) + " == UF";
            if (memo)
            {
                L("if (" + S(o) + " == mi" + N(a) + " && mp" + N(a) + " && PyDict.ShapeEpoch == me" + N(a) + " && ((" + S(v) + " != U && " + S(v) + " != UF) || mb" + N(a)
                    + " != null)) { mv" + N(a) + "[mx" + N(a) + "] = " + S(v) + "; if (" + unboxed + ") { mb" + N(a) + "[mx" + N(a) + "] = " + T(v) + "; } }");
                _sb.Append("        else ");
            }
            L("if ((ai = " + S(o) + " as PyInstance) != null && (ad = ai.Dict) != null && !ad.IsClassDict && " + AttrHit(a) + " && (AW["
                + N(a * AttrCache.IntStride + AttrCache.IntKind) + "] & AttrCache.PlainStore) != 0 && " + EntryHit(a)
                + " && ((" + S(v) + " != U && " + S(v) + " != UF) || ad.EntryBits != null)) { ad.EntryValues[ae] = " + S(v) + "; if (" + unboxed + ") { ad.EntryBits[ae] = " + T(v) + "; }"
                + (memo ? MemoFill(a, true) : "") + " }");
            L("else { Vm.CStoreAttr(f, " + N(a) + ", " + N(pc) + ", " + S(o) + ", " + T(o) + ", " + S(v) + ", " + T(v) + "); }");
        }

        /// <summary>LOAD_METHOD on slot d (self to d + 1): a class's method found through the cache inline (no instance
        /// attribute can shadow it: the dict's key bloom, or the cached dict version that lacked it), else CLoadMethod.</summary>
        private void LoadMethod(int pc, int a, int d)
        {
            int r0 = a * AttrCache.RefStride;
            int k0 = a * AttrCache.IntStride;
            string name = _code.Names[a];
            int call = name == "append" || name == "pop" || name == "get" ? MatchingCall(pc, d) : -1;
            int cargs = call >= 0 ? Arg(_code.Words[call]) : -1;
            if (name == "append" ? cargs == 1 : name == "pop" ? cargs == 0 || cargs == 1 : cargs == 1 || cargs == 2)
            {
                _builtinCalls[call] = name;
                L("if (" + S(d) + " is " + (name == "get" ? "PyDict" : "PyList") + ") { " + S(d + 1) + " = " + S(d) + "; " + S(d) + " = null; }");
                _sb.Append("        else ");
            }
            L("if ((ai = " + S(d) + " as PyInstance) != null && " + AttrHit(a) + " && (AW[" + N(k0 + AttrCache.IntKind) + "] & AttrCache.KindMask) == AttrCache.Method"
                + " && ((ad = ai.Dict) == null || (ad.KeyBloom & AW[" + N(k0 + AttrCache.IntBloom) + "]) == 0 || (AR[" + N(r0 + AttrCache.RefLacking) + "] == ad && AW["
                + N(k0 + AttrCache.IntLackVersion) + "] == ad.Version))) { " + S(d + 1) + " = ai; " + S(d) + " = AR[" + N(r0 + AttrCache.RefAttr) + "]; }");
            L("else if (ai == null) { " + S(d) + " = Vm.CLoadMethodOther(f, " + N(a) + ", " + N(pc) + ", " + S(d) + ", " + T(d) + ", out " + S(d + 1) + "); }");
            L("else { " + S(d) + " = Vm.CLoadMethod(f, " + N(a) + ", " + N(pc) + ", " + S(d) + ", " + T(d) + ", out " + S(d + 1) + "); }");
        }

        /// <summary>LOAD_CONST of str fmt at pc into slot d: when a BINARY_OP % takes it with the next operand and the
        /// format is one plain %d/%i/%s, notes the op in _formats. The operand's code must leave slot d alone: no jump
        /// target on the way, every instruction above slot d + 1 except the first, which only pushes.</summary>
        private void FormatSite(int pc, string fmt, int d)
        {
            int pct = fmt.IndexOf('%');
            if (pct < 0 || pct + 1 >= fmt.Length || fmt.IndexOf('%', pct + 1) >= 0 || "dis".IndexOf(fmt[pct + 1]) < 0)
            {
                return;
            }
            int i = _pcs.IndexOf(pc) + 1;
            for (int k = i; k < _pcs.Count; k++)
            {
                int p = _pcs[k];
                int dp;
                if (_targets.Contains(p) || !_depth.TryGetValue(p, out dp))
                {
                    return;
                }
                int w = _code.Words[p];
                int o = Op(w);
                if ((k > i && dp == d + 2 && o == Opcodes.BinaryOp && Arg(w) == PyOp.Mod)
                    || (k == i && dp == d + 1 && o == Opcodes.LoadFastBinaryOp && (Arg(w) >> 8) == PyOp.Mod))
                {
                    _formats[p] = new string[] { fmt.Substring(0, pct), fmt.Substring(pct + 2), fmt[pct + 1] == 's' ? "s" : null };
                    return;
                }
                bool push = o == Opcodes.LoadFast || o == Opcodes.LoadConst || o == Opcodes.LoadGlobal || o == Opcodes.LoadDeref
                    || o == Opcodes.LoadSmallInt || o == Opcodes.LoadFastAttr || o == Opcodes.LoadFastMethod;
                if (k == i ? dp != d + 1 || !push : dp < d + 2)
                {
                    return;
                }
            }
        }

        /// <summary>'k%d' % i (a _formats site, the format in slot x, the operand in x + 1): one helper call builds the
        /// text for an int (a str for %s); anything else takes the general operator.</summary>
        /// <summary>mat: what writes back the operand's twin for the helper.</summary>
        private void Format(int pc, int x, string mat)
        {
            string[] fp = _formats[pc];
            L("if (" + S(x + 1) + " == U) { " + S(x) + " = Vm.CFormatInt(" + Lit(fp[0]) + ", " + T(x + 1) + ", " + Lit(fp[1]) + "); }");
            if (fp[2] != null)
            {
                L("else if (" + S(x + 1) + " is string) { " + S(x) + " = Vm.CFormatStr(" + Lit(fp[0]) + ", (string)" + S(x + 1) + ", " + Lit(fp[1]) + "); }");
            }
            L("else { f.Pc = " + N(pc) + "; " + mat + S(x) + " = Vm.CBinary(" + N(PyOp.Mod) + ", false, " + S(x) + ", " + T(x) + ", " + S(x + 1) + ", " + T(x + 1) + ", out " + T(x) + "); }");
            L(T(x) + " = 0; " + S(x + 1) + " = null;");
        }

        /// <summary>A compiled for loop's step over a generator with a compiled body: its next value straight from
        /// Vm.NextCompiled (CForNext would make one nanoCLR call more), end: the loop's exit.</summary>
        private string GeneratorStep(string setPc, string it, int d, string end)
        {
            return "else if ((gn = " + it + " as PyGenerator) != null && gn.Body != null && !gn.Running && !gn.Finished) { " + setPc + S(d)
                + " = Vm.NextCompiled(gn, f, 0, out " + T(d) + "); if (" + S(d) + " == null) { " + end + " } }";
        }

        /// <summary>A C# string literal of s.</summary>
        private static string Lit(string s)
        {
            StringBuilder b = new StringBuilder("\"");
            foreach (char ch in s)
            {
                if (ch == '"' || ch == '\\')
                {
                    b.Append('\\').Append(ch);
                }
                else if (ch < ' ' || ch > '~')
                {
                    b.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    b.Append(ch);
                }
            }
            return b.Append('"').ToString();
        }

        /// <summary>The CALL_METHOD that consumes the method LOAD_METHOD at pc leaves in slot d (the first one after it
        /// whose callee slot is d), or -1.</summary>
        private int MatchingCall(int pc, int d)
        {
            int i = _pcs.IndexOf(pc);
            for (int k = i + 1; k < _pcs.Count; k++)
            {
                int p = _pcs[k];
                int dp;
                if (!_depth.TryGetValue(p, out dp))
                {
                    continue;
                }
                if (dp <= d)
                {
                    return -1;
                }
                int w = _code.Words[p];
                if (Op(w) == Opcodes.CallMethod && dp - ((Arg(w) & 0xFF) + 2 * (Arg(w) >> 8) + 2) == d)
                {
                    return p;
                }
            }
            return -1;
        }

        /// <summary>Which locals hold a value on every path to each instruction (the arguments at entry, then every
        /// store; no deletes, no handler edges in code translated here): a load of one needs no unbound test.
        /// The usual forward fixpoint, intersecting over predecessors.</summary>
        private void DefiniteAssignment()
        {
            int nf = _code.NFast;
            _assigned = new Dictionary<int, bool[]>();
            Dictionary<int, List<int>> defs = new Dictionary<int, List<int>>();
            foreach (int pc in _pcs)
            {
                if (!_depth.ContainsKey(pc))
                {
                    continue;
                }
                List<int> u = new List<int>();
                List<int> dl = new List<int>();
                UseDef(pc, u, dl);
                defs[pc] = dl;
                bool[] all = new bool[nf];
                for (int k = 0; k < nf; k++)
                {
                    all[k] = pc != 0 || k < _code.ArgCount;
                }
                _assigned[pc] = all;
            }
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (int pc in _pcs)
                {
                    if (!_assigned.TryGetValue(pc, out bool[] inSet))
                    {
                        continue;
                    }
                    bool[] outSet = (bool[])inSet.Clone();
                    foreach (int k in defs[pc])
                    {
                        outSet[k] = true;
                    }
                    foreach (int sp in _succ[pc])
                    {
                        if (!_assigned.TryGetValue(sp, out bool[] target))
                        {
                            continue;
                        }
                        for (int k = 0; k < nf; k++)
                        {
                            if (target[k] && !outSet[k])
                            {
                                target[k] = false;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }

        /// <summary>What a slot may hold, as far as the float twins go: KNone never Unboxed.Double (no twin to copy,
        /// nothing to write back), KMay perhaps (tested where it leaves), KConst surely, the finite float constant
        /// _kinds[...].V (written back without a call).</summary>
        private const int KNone = 0;
        private const int KMay = 1;
        private const int KConst = 2;

        /// <summary>The kinds of the stack slots (0.._maxDepth) then of the locals at one instruction.</summary>
        private sealed class Kinds
        {
            public int[] K;
            public long[] V;

            public Kinds(int n)
            {
                K = new int[n];
                V = new long[n];
            }

            public Kinds Clone()
            {
                Kinds c = new Kinds(K.Length);
                System.Array.Copy(K, c.K, K.Length);
                System.Array.Copy(V, c.V, V.Length);
                return c;
            }

            public void Copy(int to, int from)
            {
                K[to] = K[from];
                V[to] = V[from];
            }

            /// <summary>Merges o in; true when this changed.</summary>
            public bool Merge(Kinds o)
            {
                bool changed = false;
                for (int i = 0; i < K.Length; i++)
                {
                    int k = K[i] == o.K[i] && (K[i] != KConst || V[i] == o.V[i]) ? K[i] : (K[i] == KNone && o.K[i] == KNone ? KNone : KMay);
                    if (k != K[i])
                    {
                        K[i] = k;
                        changed = true;
                    }
                }
                return changed;
            }
        }

        /// <summary>Per instruction, the kinds at its start (see Kinds); _cur: those of the instruction being emitted.</summary>
        private Dictionary<int, Kinds> _kinds;
        private Kinds _cur;

        private int Loc(int k)
        {
            return _maxDepth + 1 + k;
        }

        private static string F(int d)
        {
            return "f" + d.ToString(CultureInfo.InvariantCulture);
        }

        private static string G(int k)
        {
            return "g" + k.ToString(CultureInfo.InvariantCulture);
        }

        private static string FloatOp(int bop)
        {
            return bop == PyOp.Add ? "+" : bop == PyOp.Sub ? "-" : bop == PyOp.Mul ? "*" : bop == PyOp.TrueDiv ? "/" : null;
        }

        /// <summary>Whether a binary operation keeps a float result in the twin: an operand may be there already, or
        /// it is a true division (a float whenever it is inline). Otherwise the bits are kept as before.</summary>
        private static bool InTwin(int bop, int kx, int ky)
        {
            return FloatOp(bop) != null && (kx != KNone || ky != KNone || bop == PyOp.TrueDiv);
        }

        /// <summary>A float constant kept in a twin: finite and not -0.0 (those keep their bits, KNone).</summary>
        private static bool TwinConst(double v)
        {
            long b = System.BitConverter.DoubleToInt64Bits(v);
            return b != long.MinValue && (b & 0x7FF0000000000000L) != 0x7FF0000000000000L;
        }

        private static string DLit(double v)
        {
            string r = v.ToString("R", CultureInfo.InvariantCulture);
            return r + "D";
        }

        /// <summary>How many slots below depth d the instruction consumes without knowing the twins (written back
        /// first); -1: all of them (spilled to the frame).</summary>
        private static int Pops(int op, int arg)
        {
            switch (op)
            {
                case Opcodes.Nop:
                case Opcodes.Jump:
                case Opcodes.ForIter:
                case Opcodes.LoadGlobal:
                case Opcodes.LoadDeref:
                case Opcodes.LoadClosure:
                case Opcodes.LoadConst:
                case Opcodes.LoadNone:
                case Opcodes.LoadTrue:
                case Opcodes.LoadFalse:
                case Opcodes.LoadEllipsis:
                case Opcodes.LoadSmallInt:
                case Opcodes.DeleteFast:
                    return 0;
                case Opcodes.PopTop:
                case Opcodes.LoadAttr:
                case Opcodes.LoadMethod:
                case Opcodes.StoreDeref:
                case Opcodes.StoreGlobal:
                case Opcodes.GetIter:
                case Opcodes.ReturnValue:
                case Opcodes.ListAppend:
                case Opcodes.UnpackSequence:
                case Opcodes.Not:
                case Opcodes.PopJumpIfFalse:
                case Opcodes.PopJumpIfTrue:
                case Opcodes.JumpIfFalseOrPop:
                case Opcodes.JumpIfTrueOrPop:
                    return 1;
                case Opcodes.StoreAttr:
                case Opcodes.BinarySubscr:
                    return 2;
                case Opcodes.StoreSubscr:
                    return 3;
                case Opcodes.CallFunction:
                    return (arg & 0xFF) + 2 * (arg >> 8) + 1;
                case Opcodes.CallMethod:
                    return (arg & 0xFF) + 2 * (arg >> 8) + 2;
                case Opcodes.BuildTuple:
                case Opcodes.BuildList:
                    return arg;
            }
            return -1;
        }

        /// <summary>The kinds after instruction pc (a: before it) on the edge to succ.</summary>
        private Kinds After(int pc, Kinds a, int succ)
        {
            int wd = _code.Words[pc];
            int op = Op(wd);
            int arg = Arg(wd);
            int d = _depth[pc];
            Kinds o = a.Clone();
            int nd = _depth.TryGetValue(succ, out int sd) ? sd : d;
            switch (op)
            {
                case Opcodes.LoadFast:
                    o.Copy(d, Loc(arg));
                    break;
                case Opcodes.LoadFast2:
                    o.Copy(d, Loc(arg & 0xFF));
                    o.Copy(d + 1, Loc(arg >> 8));
                    break;
                case Opcodes.StoreFast:
                    o.Copy(Loc(arg), d - 1);
                    break;
                case Opcodes.StoreFastLoadFast:
                    o.Copy(Loc(arg & 0xFF), d - 1);
                    o.Copy(d - 1, Loc(arg >> 8));
                    break;
                case Opcodes.LoadFloat:
                    {
                        double v = ((PyFloat)_code.Consts[arg]).Value;
                        o.K[d] = TwinConst(v) ? KConst : KNone;
                        o.V[d] = System.BitConverter.DoubleToInt64Bits(v);
                        break;
                    }
                case Opcodes.DupTop:
                    o.Copy(d, d - 1);
                    break;
                case Opcodes.DupTopTwo:
                    o.Copy(d, d - 2);
                    o.Copy(d + 1, d - 1);
                    break;
                case Opcodes.RotTwo:
                    o.Copy(d - 1, d - 2);
                    o.K[d - 2] = a.K[d - 1];
                    o.V[d - 2] = a.V[d - 1];
                    break;
                case Opcodes.RotThree:
                    o.Copy(d - 1, d - 2);
                    o.Copy(d - 2, d - 3);
                    o.K[d - 3] = a.K[d - 1];
                    o.V[d - 3] = a.V[d - 1];
                    break;
                case Opcodes.BinaryOp:
                case Opcodes.InplaceOp:
                    o.K[d - 2] = InTwin(arg, a.K[d - 2], a.K[d - 1]) ? KMay : KNone;
                    break;
                case Opcodes.LoadFastBinaryOp:
                case Opcodes.LoadFastInplaceOp:
                    o.K[d - 1] = InTwin(arg >> 8, a.K[d - 1], a.K[Loc(arg & 0xFF)]) ? KMay : KNone;
                    break;
                case Opcodes.LoadSmallIntBinaryOp:
                case Opcodes.LoadSmallIntInplaceOp:
                    o.K[d - 1] = InTwin(arg >> 8, a.K[d - 1], KNone) ? KMay : KNone;
                    break;
                case Opcodes.CompareOp:
                    o.K[d - 2] = KNone;
                    break;
                case Opcodes.LoadSmallIntCompareOp:
                    o.K[d - 1] = KNone;
                    break;
                case Opcodes.UnaryOp:
                    o.K[d - 1] = arg == PyOp.Neg && a.K[d - 1] != KNone ? KMay : KNone;
                    break;
                case Opcodes.IncFast:
                    if (o.K[Loc(arg & 0xFF)] != KNone)
                    {
                        o.K[Loc(arg & 0xFF)] = KMay;
                    }
                    break;
                case Opcodes.DeleteFast:
                    o.K[Loc(arg)] = KNone;
                    break;
                case Opcodes.LoadFastAttr:
                case Opcodes.LoadFastMethod:
                    o.K[d] = KNone;
                    o.K[d + 1] = KNone;
                    break;
                case Opcodes.LoadFastStoreAttr:
                    o.K[d - 1] = KNone;
                    break;
                case Opcodes.YieldValue:
                    for (int i = 0; i < o.K.Length; i++)
                    {
                        o.K[i] = KNone;
                    }
                    break;
                case Opcodes.JumpIfFalseOrPop:
                case Opcodes.JumpIfTrueOrPop:
                    if (succ != Next(pc))
                    {
                        break;
                    }
                    o.K[d - 1] = KNone;
                    break;
                default:
                    {
                        int p = Pops(op, arg);
                        for (int i = p < 0 ? 0 : d - p; i <= _maxDepth; i++)
                        {
                            o.K[i] = KNone;
                        }
                        break;
                    }
            }
            // Slots above the stack are dead: whatever they held is overwritten before it is read.
            for (int i = nd; i <= _maxDepth; i++)
            {
                o.K[i] = KNone;
            }
            return o;
        }

        /// <summary>The kinds at each reachable instruction: the usual forward fixpoint from the entry (parameters
        /// and every value read from outside the body are KNone).</summary>
        private void FloatKinds()
        {
            int n = _maxDepth + 1 + _code.NFast;
            _kinds = new Dictionary<int, Kinds>();
            _kinds[0] = new Kinds(n);
            SortedSet<int> work = new SortedSet<int> { 0 };
            while (work.Count > 0)
            {
                int pc = work.Min;
                work.Remove(pc);
                Kinds a = _kinds[pc];
                foreach (int sp in _succ[pc])
                {
                    Kinds o = After(pc, a, sp);
                    if (!_kinds.TryGetValue(sp, out Kinds have))
                    {
                        _kinds[sp] = o;
                        work.Add(sp);
                    }
                    else if (have.Merge(o))
                    {
                        work.Add(sp);
                    }
                }
            }
        }

        /// <summary>Statements that write back slot d (kind k) as the bits a reader outside expects.</summary>
        private static string Mat(int d, int k, long v)
        {
            if (k == KNone)
            {
                return "";
            }
            if (k == KConst)
            {
                return S(d) + " = UF; " + T(d) + " = " + N(v) + "L; ";
            }
            return "if (" + S(d) + " == UD) { " + S(d) + " = UF; " + T(d) + " = " + Bits + F(d) + "); } ";
        }

        /// <summary>Mat for slot d by the kinds of the instruction being emitted.</summary>
        private string Mat(int d)
        {
            return Mat(d, _cur.K[d], _cur.V[d]);
        }

        /// <summary>Writes back every slot in [from, to) the instruction hands on without knowing the twins.</summary>
        private void MatRange(int from, int to)
        {
            StringBuilder line = new StringBuilder();
            for (int i = from; i < to; i++)
            {
                line.Append(Mat(i));
            }
            if (line.Length > 0)
            {
                L(line.ToString().TrimEnd());
            }
        }

        /// <summary>Local k stored to the frame's slot at index expression at, as bits.</summary>
        private string SpillLocal(int k, string at)
        {
            string r = "R[" + at + "] = ";
            string i = "I[" + at + "] = ";
            int kind = _cur.K[Loc(k)];
            if (kind == KNone)
            {
                return r + A(k) + "; " + i + B(k) + ";";
            }
            if (kind == KConst)
            {
                return r + "UF; " + i + N(_cur.V[Loc(k)]) + "L;";
            }
            return "if (" + A(k) + " == UD) { " + r + "UF; " + i + Bits + G(k) + "); } else { " + r + A(k) + "; " + i + B(k) + "; }";
        }

        private void LoadFast(int pc, int k, int d)
        {
            bool assigned = _assigned != null && _assigned.TryGetValue(pc, out bool[] at) && at[k];
            if ((k >= _code.ArgCount || _deletes) && !assigned)
            {
                L("if (" + A(k) + " == null) { f.Pc = " + N(pc) + "; throw Vm.CUnbound(f, " + N(k) + "); }");
            }
            L(S(d) + " = " + A(k) + "; " + T(d) + " = " + B(k) + ";" + (_cur.K[Loc(k)] != KNone ? " " + F(d) + " = " + G(k) + ";" : ""));
        }

        /// <summary>STORE_FAST of slot d to local k (kind: the slot's).</summary>
        private void StoreFast(int k, int d, int kind)
        {
            L(A(k) + " = " + S(d) + "; " + B(k) + " = " + T(d) + ";" + (kind != KNone ? " " + G(k) + " = " + F(d) + ";" : ""));
        }

        /// <summary>Whether the instruction handles slots in twins itself (else the slots it consumes are written
        /// back before it).</summary>
        private static bool TwinAware(int op)
        {
            switch (op)
            {
                case Opcodes.LoadFast:
                case Opcodes.LoadFast2:
                case Opcodes.StoreFast:
                case Opcodes.StoreFastLoadFast:
                case Opcodes.LoadFastAttr:
                case Opcodes.LoadFastMethod:
                case Opcodes.LoadFastStoreAttr:
                case Opcodes.LoadFloat:
                case Opcodes.DupTop:
                case Opcodes.DupTopTwo:
                case Opcodes.RotTwo:
                case Opcodes.RotThree:
                case Opcodes.BinaryOp:
                case Opcodes.InplaceOp:
                case Opcodes.LoadFastBinaryOp:
                case Opcodes.LoadFastInplaceOp:
                case Opcodes.LoadSmallIntBinaryOp:
                case Opcodes.LoadSmallIntInplaceOp:
                case Opcodes.CompareOp:
                case Opcodes.LoadSmallIntCompareOp:
                case Opcodes.UnaryOp:
                case Opcodes.IncFast:
                case Opcodes.Not:
                case Opcodes.PopJumpIfFalse:
                case Opcodes.PopJumpIfTrue:
                case Opcodes.JumpIfFalseOrPop:
                case Opcodes.JumpIfTrueOrPop:
                case Opcodes.PopTop:
                case Opcodes.YieldValue:
                case Opcodes.DeleteFast:
                    return true;
            }
            return false;
        }

        private void Instruction(int pc, int op, int arg, int d, HashSet<int> skip)
        {
            string P = "f.Pc = " + N(pc) + "; ";
            int next = Next(pc);
            if (!TwinAware(op))
            {
                int p = Pops(op, arg);
                MatRange(p < 0 ? 0 : d - p, d);
            }
            switch (op)
            {
                case Opcodes.Nop:
                    break;
                case Opcodes.LoadFast:
                    LoadFast(pc, arg, d);
                    break;
                case Opcodes.LoadFast2:
                    LoadFast(pc, arg & 0xFF, d);
                    LoadFast(pc, arg >> 8, d + 1);
                    break;
                case Opcodes.StoreFast:
                    StoreFast(arg, d - 1, _cur.K[d - 1]);
                    break;
                case Opcodes.StoreFastLoadFast:
                    StoreFast(arg & 0xFF, d - 1, _cur.K[d - 1]);
                    // The load sees the local as just stored (the same one: the slot's kind).
                    _cur = _cur.Clone();
                    _cur.Copy(Loc(arg & 0xFF), d - 1);
                    LoadFast(pc, arg >> 8, d - 1);
                    break;
                case Opcodes.LoadFastAttr:
                    LoadFast(pc, arg & 0xFF, d);
                    L(Mat(d, _cur.K[Loc(arg & 0xFF)], _cur.V[Loc(arg & 0xFF)]).TrimEnd());
                    LoadAttr(pc, arg >> 8, d);
                    break;
                case Opcodes.LoadAttr:
                    LoadAttr(pc, arg, d - 1);
                    break;
                case Opcodes.LoadFastMethod:
                    LoadFast(pc, arg & 0xFF, d);
                    L(Mat(d, _cur.K[Loc(arg & 0xFF)], _cur.V[Loc(arg & 0xFF)]).TrimEnd());
                    LoadMethod(pc, arg >> 8, d);
                    break;
                case Opcodes.LoadMethod:
                    LoadMethod(pc, arg, d - 1);
                    break;
                case Opcodes.LoadFastStoreAttr:
                    LoadFast(pc, arg & 0xFF, d);
                    L((Mat(d, _cur.K[Loc(arg & 0xFF)], _cur.V[Loc(arg & 0xFF)]) + Mat(d - 1)).TrimEnd());
                    StoreAttr(pc, arg >> 8, d, d - 1);
                    L(S(d - 1) + " = null; " + S(d) + " = null;");
                    break;
                case Opcodes.StoreAttr:
                    StoreAttr(pc, arg, d - 1, d - 2);
                    L(S(d - 2) + " = null; " + S(d - 1) + " = null;");
                    break;
                case Opcodes.IncFast:
                    {
                        int k = arg & 0xFF;
                        long inc = (arg << 17) >> 25;
                        if ((arg & 0x8000) != 0)
                        {
                            inc = -inc;
                        }
                        string a = A(k);
                        string b = B(k);
                        string slow = P + a + " = Vm.CIncSlow(f, " + N(k) + ", " + N(arg) + ", " + a + ", " + b + ", out " + b + ");";
                        int kind = _cur.K[Loc(k)];
                        if (kind == KConst)
                        {
                            L(G(k) + " = " + G(k) + " + " + N(inc) + "D;");
                            break;
                        }
                        L("if (" + a + " == U) { z = " + b + " + " + N(inc) + "; if (((" + b + " ^ z) & (" + N(inc) + " ^ z)) >= 0) { " + b + " = z; } else { " + slow + " } }");
                        if (kind == KMay)
                        {
                            // The local may be in its twin: the float stays there (or goes there).
                            L("else if (" + a + " == UD) { " + G(k) + " = " + G(k) + " + " + N(inc) + "D; }");
                            L("else if (" + a + " == UF) { " + a + " = UD; " + G(k) + " = " + Dbl + b + ") + " + N(inc) + "D; }");
                        }
                        else
                        {
                            L("else if (" + a + " == UF) { " + b + " = System.BitConverter.DoubleToInt64Bits(System.BitConverter.Int64BitsToDouble(" + b + ") + " + N(inc) + "); }");
                        }
                        L("else { " + slow + " }");
                        break;
                    }
                case Opcodes.LoadSmallInt:
                    L(S(d) + " = U; " + T(d) + " = " + N((short)arg) + ";");
                    break;
                case Opcodes.LoadConst:
                    {
                        // An int constant that arithmetic or an ordering compare consumes at once goes unboxed: nothing
                        // else sees the object, so its identity cannot matter (the fast paths take it as the VM's do).
                        PyInt pi = _code.Consts[arg] as PyInt;
                        string fs = _code.Consts[arg] as string;
                        if (fs != null)
                        {
                            FormatSite(pc, fs, d);
                        }
                        int nw = next < _code.Words.Length ? _code.Words[next] : 0;
                        bool consumed = (Op(nw) == Opcodes.BinaryOp || Op(nw) == Opcodes.InplaceOp
                            || (Op(nw) == Opcodes.CompareOp && Arg(nw) <= PyOp.Ge)) && !_targets.Contains(next);
                        if (pi != null && consumed)
                        {
                            L(S(d) + " = U; " + T(d) + " = " + N(pi.Value) + "L;");
                        }
                        else
                        {
                            L(S(d) + " = K[" + N(arg) + "];");
                        }
                        break;
                    }
                case Opcodes.LoadFloat:
                    {
                        double v = ((PyFloat)_code.Consts[arg]).Value;
                        if (TwinConst(v))
                        {
                            L(S(d) + " = UD; " + F(d) + " = " + DLit(v) + ";");
                            break;
                        }
                        long bits = System.BitConverter.DoubleToInt64Bits(v);
                        L(S(d) + " = UF; " + T(d) + " = " + N(bits) + "L;");
                        break;
                    }
                case Opcodes.LoadNone:
                    L(S(d) + " = N;");
                    break;
                case Opcodes.LoadTrue:
                    L(S(d) + " = T;");
                    break;
                case Opcodes.LoadFalse:
                    L(S(d) + " = F;");
                    break;
                case Opcodes.LoadEllipsis:
                    L(S(d) + " = Ops.Ellipsis;");
                    break;
                case Opcodes.LoadDeref:
                    L(S(d) + " = C[" + N(arg) + "].Value; if (" + S(d) + " == null) { " + P + "throw Vm.CFreeVar(f, " + N(arg) + "); }");
                    break;
                case Opcodes.StoreDeref:
                    L("C[" + N(arg) + "].Value = " + Boxed(S(d - 1), T(d - 1)) + "; " + S(d - 1) + " = null;");
                    break;
                case Opcodes.LoadClosure:
                    L(S(d) + " = C[" + N(arg) + "];");
                    break;
                case Opcodes.DeleteFast:
                    L("if (" + A(arg) + " == null) { f.Pc = " + N(pc) + "; throw Vm.CUnbound(f, " + N(arg) + "); }");
                    L(A(arg) + " = null;");
                    break;
                case Opcodes.PopTop:
                    L(S(d - 1) + " = null;");
                    break;
                case Opcodes.RotTwo:
                    {
                        bool tw = _cur.K[d - 1] != KNone || _cur.K[d - 2] != KNone;
                        L("{ object ro = " + S(d - 1) + "; long rn = " + T(d - 1) + "; " + (tw ? "double rf = " + F(d - 1) + "; " + F(d - 1) + " = " + F(d - 2) + "; " + F(d - 2) + " = rf; " : "")
                            + S(d - 1) + " = " + S(d - 2) + "; " + T(d - 1) + " = " + T(d - 2) + "; " + S(d - 2) + " = ro; " + T(d - 2) + " = rn; }");
                        break;
                    }
                case Opcodes.RotThree:
                    {
                        bool tw = _cur.K[d - 1] != KNone || _cur.K[d - 2] != KNone || _cur.K[d - 3] != KNone;
                        L("{ object ro = " + S(d - 1) + "; long rn = " + T(d - 1) + "; " + S(d - 1) + " = " + S(d - 2) + "; " + T(d - 1) + " = " + T(d - 2) + "; "
                            + S(d - 2) + " = " + S(d - 3) + "; " + T(d - 2) + " = " + T(d - 3) + "; " + S(d - 3) + " = ro; " + T(d - 3) + " = rn; "
                            + (tw ? "double rf = " + F(d - 1) + "; " + F(d - 1) + " = " + F(d - 2) + "; " + F(d - 2) + " = " + F(d - 3) + "; " + F(d - 3) + " = rf; " : "") + "}");
                        break;
                    }
                case Opcodes.DupTop:
                    L(S(d) + " = " + S(d - 1) + "; " + T(d) + " = " + T(d - 1) + ";" + (_cur.K[d - 1] != KNone ? " " + F(d) + " = " + F(d - 1) + ";" : ""));
                    break;
                case Opcodes.DupTopTwo:
                    L(S(d) + " = " + S(d - 2) + "; " + T(d) + " = " + T(d - 2) + "; " + S(d + 1) + " = " + S(d - 1) + "; " + T(d + 1) + " = " + T(d - 1) + ";"
                        + (_cur.K[d - 2] != KNone ? " " + F(d) + " = " + F(d - 2) + ";" : "") + (_cur.K[d - 1] != KNone ? " " + F(d + 1) + " = " + F(d - 1) + ";" : ""));
                    break;
                case Opcodes.BinaryOp:
                case Opcodes.InplaceOp:
                    if (_formats.ContainsKey(pc))
                    {
                        Format(pc, d - 2, Mat(d - 1));
                        break;
                    }
                    Binary(pc, arg, op == Opcodes.InplaceOp, d - 2, null, _cur.K[d - 2], _cur.K[d - 1]);
                    break;
                case Opcodes.LoadFastBinaryOp:
                case Opcodes.LoadFastInplaceOp:
                    LoadFast(pc, arg & 0xFF, d);
                    _cur = _cur.Clone();
                    _cur.Copy(d, Loc(arg & 0xFF));
                    if (_formats.ContainsKey(pc))
                    {
                        Format(pc, d - 1, Mat(d));
                        break;
                    }
                    Binary(pc, arg >> 8, op == Opcodes.LoadFastInplaceOp, d - 1, null, _cur.K[d - 1], _cur.K[d]);
                    break;
                case Opcodes.LoadSmallIntBinaryOp:
                case Opcodes.LoadSmallIntInplaceOp:
                    Binary(pc, arg >> 8, op == Opcodes.LoadSmallIntInplaceOp, d - 1, (sbyte)(arg & 0xFF), _cur.K[d - 1], KNone);
                    break;
                case Opcodes.CompareOp:
                    Compare(pc, arg, d - 2, null, next, skip, _cur.K[d - 2], _cur.K[d - 1]);
                    break;
                case Opcodes.LoadSmallIntCompareOp:
                    Compare(pc, arg >> 8, d - 1, (sbyte)(arg & 0xFF), next, skip, _cur.K[d - 1], KNone);
                    break;
                case Opcodes.UnaryOp:
                    {
                        string x = S(d - 1);
                        string t = T(d - 1);
                        string slow = P + x + " = Vm.CUnary(" + N(arg) + ", " + x + ", " + t + ", out " + t + ");";
                        slow = Mat(d - 1) + slow;
                        if (arg == PyOp.Neg && _cur.K[d - 1] == KConst)
                        {
                            L(F(d - 1) + " = -" + F(d - 1) + ";");
                        }
                        else if (arg == PyOp.Neg)
                        {
                            L("if (" + x + " == U && " + t + " != long.MinValue) { " + t + " = -" + t + "; } " + (_cur.K[d - 1] == KMay ? "else if (" + x + " == UD) { " + F(d - 1) + " = -" + F(d - 1) + "; } " : "")
                                + "else { " + slow + " }");
                        }
                        else
                        {
                            L(slow);
                        }
                        break;
                    }
                case Opcodes.Not:
                    Truth(pc, d - 1);
                    L(S(d - 1) + " = c ? F : T;");
                    break;
                case Opcodes.Jump:
                    if (arg <= pc)
                    {
                        L("if (Scheduler.Pending != 0 || Vm.Interrupted) { " + P + "Vm.CService(f); }");
                    }
                    L("goto L" + N(arg) + ";");
                    break;
                case Opcodes.PopJumpIfFalse:
                case Opcodes.PopJumpIfTrue:
                    Truth(pc, d - 1);
                    L(S(d - 1) + " = null;");
                    L("if (" + (op == Opcodes.PopJumpIfFalse ? "!c" : "c") + ") goto L" + N(arg) + ";");
                    break;
                case Opcodes.JumpIfFalseOrPop:
                case Opcodes.JumpIfTrueOrPop:
                    Truth(pc, d - 1);
                    L("if (" + (op == Opcodes.JumpIfFalseOrPop ? "!c" : "c") + ") goto L" + N(arg) + ";");
                    L(S(d - 1) + " = null;");
                    break;
                case Opcodes.GetIter:
                    if (next >= _code.Words.Length || Op(_code.Words[next]) != Opcodes.ForIter)
                    {
                        L("f.Pc = " + N(pc) + "; " + S(d - 1) + " = Vm.CGetIterPlain(" + S(d - 1) + ", " + T(d - 1) + ");");
                        break;
                    }
                    if (!_code.IsGenerator)
                    {
                        // A new loop: its range (a pooled one may be the same object with other bounds) is read afresh;
                        // an inline range() (see CALL_FUNCTION) has set the loop's locals already.
                        _rangeLoops.Add(next);
                        L("if (" + S(d - 1) + " != Vm.InlineRange) { " + P + S(d - 1) + " = Vm.CGetIter(" + S(d - 1) + ", " + T(d - 1) + ", out " + T(d - 1) + "); ri" + N(next) + " = null; }");
                    }
                    else
                    {
                        L(P + S(d - 1) + " = Vm.CGetIter(" + S(d - 1) + ", " + T(d - 1) + ", out " + T(d - 1) + ");");
                    }
                    break;
                case Opcodes.ForIter:
                    {
                        string it = S(d - 1);
                        string pos = T(d - 1);
                        if (_code.IsGenerator)
                        {
                            // Each step of a generator is a new activation: caching the range in locals costs more.
                            L("rg = " + it + " as PyRange;");
                            L("if (rg != null) { if (rg.Step > 0 ? " + pos + " < rg.Stop : " + pos + " > rg.Stop) { " + S(d) + " = U; " + T(d) + " = " + pos + "; " + pos + " += rg.Step; } else { if (rg.Pooled) Vm.CReleaseRange(rg); " + it + " = null; goto L" + N(arg) + "; } }");
                            L(GeneratorStep(P, it, d, it + " = null; goto L" + N(arg) + ";"));
                            L("else { " + P + S(d) + " = Vm.CForNext(" + it + ", ref " + pos + ", out " + T(d) + "); if (" + S(d) + " == null) { " + it + " = null; goto L" + N(arg) + "; } }");
                            break;
                        }
                        // Each loop keeps its range and the range's stop and step in locals: one reference compare
                        // per step instead of a type test and two field reads.
                        string rg = "rg" + N(pc);
                        string stop = "rs" + N(pc);
                        string step = "rp" + N(pc);
                        _rangeLoops.Add(pc);
                        // A list is told apart once per loop too, and stepped inline as CForNext steps it (its length
                        // read at each step: the body may change the list).
                        string li = "li" + N(pc);
                        string seen = "ri" + N(pc);
                        L("if (" + it + " != " + seen + ") { " + seen + " = " + it + "; " + rg + " = " + it + " as PyRange; if (" + rg + " != null) { " + stop + " = " + rg + ".Stop; " + step + " = " + rg + ".Step; " + li + " = null; } else { "
                            + li + " = " + it + " as PyList; } }");
                        L("if (" + rg + " != null) { if (" + step + " > 0 ? " + pos + " < " + stop + " : " + pos + " > " + stop + ") { " + S(d) + " = U; " + T(d) + " = " + pos + "; " + pos + " += " + step
                            + "; } else { if (" + rg + ".Pooled) Vm.CReleaseRange(" + rg + "); " + rg + " = null; " + seen + " = null; " + it + " = null; goto L" + N(arg) + "; } }");
                        L("else if (" + li + " != null) { if (" + pos + " < " + li + ".Count) { " + S(d) + " = " + li + ".Items[(int)" + pos + "]; " + T(d) + " = 0; " + pos + "++; } else { " + li + " = null; " + seen + " = null; " + it + " = null; goto L" + N(arg) + "; } }");
                        L(GeneratorStep(P, it, d, seen + " = null; " + it + " = null; goto L" + N(arg) + ";"));
                        L("else { " + P + S(d) + " = Vm.CForNext(" + it + ", ref " + pos + ", out " + T(d) + "); if (" + S(d) + " == null) { " + seen + " = null; " + it + " = null; goto L" + N(arg) + "; } }");
                        break;
                    }
                case Opcodes.LoadGlobal:
                    // A module-level name through the code object's cache as the loop reads it (the cache is made on
                    // the first slow load, so an activation that began without one picks it up); builtins and
                    // misses take the helper.
                    L("if ((gc != null || (gc = f.Code.GCache) != null) && gc.Dict[" + N(arg) + "] == gd && gc.Ver[" + N(arg) + "] == gd.Version && (ge = gc.Entry[" + N(arg) + "]) >= 0) { "
                        + S(d) + " = gd.EntryValues[ge]; " + T(d) + " = " + S(d) + " == U || " + S(d) + " == UF ? gd.EntryBits[ge] : 0; }");
                    // A builtin: the cache also holds its entry in the builtins dict (where a number is boxed on reading).
                    L("else if (gc != null && gc.Dict[" + N(arg) + "] == gd && gc.Ver[" + N(arg) + "] == gd.Version && ge < 0 && (gb = gc.BDict[" + N(arg) + "]).Version == gc.BVer[" + N(arg)
                        + "]) { " + S(d) + " = gb.EntryValues[gc.BEntry[" + N(arg) + "]]; if (" + S(d) + " == U || " + S(d) + " == UF) { " + S(d) + " = gb.ValueAt(gc.BEntry[" + N(arg) + "]); } " + T(d) + " = 0; }");
                    L("else { " + S(d) + " = Vm.CLoadGlobal(f, " + N(arg) + ", " + N(pc) + ", out " + T(d) + "); }");
                    break;
                case Opcodes.StoreGlobal:
                    L("Vm.CStoreGlobal(f, " + N(arg) + ", " + N(pc) + ", " + S(d - 1) + ", " + T(d - 1) + "); " + S(d - 1) + " = null;");
                    break;
                case Opcodes.CallFunction:
                case Opcodes.CallMethod:
                    {
                        int argc = arg & 0xFF;
                        int kwc = arg >> 8;
                        int n = argc + 2 * kwc + (op == Opcodes.CallMethod ? 2 : 1);
                        int fs = d - n;
                        string builtin;
                        if (_builtinCalls.TryGetValue(pc, out builtin))
                        {
                            string a1 = argc > 0 ? S(fs + 2) + ", " + T(fs + 2) : "null, 0";
                            if (builtin == "append")
                            {
                                L("if (" + S(fs) + " == null) { ((PyList)" + S(fs + 1) + ").Append(" + Boxed(S(fs + 2), T(fs + 2)) + "); " + S(fs) + " = N; " + T(fs) + " = 0; }");
                            }
                            else if (builtin == "pop")
                            {
                                L("if (" + S(fs) + " == null) { " + S(fs) + " = Vm.CListPop(" + S(fs + 1) + ", " + N(argc) + ", " + a1 + "); " + T(fs) + " = 0; }");
                            }
                            else
                            {
                                L("if (" + S(fs) + " == null) { " + S(fs) + " = Vm.CDictGet(" + S(fs + 1) + ", " + N(argc) + ", " + a1 + ", "
                                    + (argc > 1 ? S(fs + 3) + ", " + T(fs + 3) : "null, 0") + ", out " + T(fs) + "); }");
                            }
                            L("else {");
                        }
                        int flags = op == Opcodes.CallMethod ? Vm.CallMethodFlag : 0;
                        if (next < _code.Words.Length && Op(_code.Words[next]) == Opcodes.GetIter)
                        {
                            int after = Next(next);
                            if (after < _code.Words.Length && Op(_code.Words[after]) == Opcodes.ForIter)
                            {
                                flags |= Vm.CallLoopRangeFlag;
                            }
                        }
                        bool inlineRange = (flags & Vm.CallLoopRangeFlag) != 0 && op == Opcodes.CallFunction && kwc == 0 && (argc == 1 || argc == 2)
                            && !_code.IsGenerator;
                        if (inlineRange)
                        {
                            // for i in range(a[, b]) with the builtin range and int bounds: the loop's own locals count,
                            // no range object, no call (the loop sees Vm.InlineRange, which nothing else sees).
                            string fx = N(Next(next));
                            string start = argc == 1 ? "0" : T(fs + 1);
                            string stop = argc == 1 ? T(fs + 1) : T(fs + 2);
                            L("if (" + S(fs) + " == Vm.RangeType && " + S(fs + 1) + " == U" + (argc == 2 ? " && " + S(fs + 2) + " == U" : "") + ") { rg" + fx + " = Vm.InlineRange; ri" + fx
                                + " = rg" + fx + "; rs" + fx + " = " + stop + "; rp" + fx + " = 1; " + T(fs) + " = " + start + "; " + S(fs) + " = rg" + fx + "; }");
                            L("else {");
                        }
                        if (kwc == 0 && argc + (op == Opcodes.CallMethod ? 1 : 0) <= 3)
                        {
                            // A Python function takes its arguments unspilled (CCallD); builtins and native methods
                            // go straight to CCall.
                            L("if ((pf = " + S(fs) + " as PyFunction) != null) {");
                            if (op == Opcodes.CallMethod)
                            {
                                L("    " + S(fs) + " = " + S(fs + 1) + " != null ? " + DirectCall(fs, fs + 1, argc + 1, pc) + " : " + DirectCall(fs, fs + 2, argc, pc) + ";");
                            }
                            else
                            {
                                L("    " + S(fs) + " = " + DirectCall(fs, fs + 1, argc, pc) + ";");
                            }
                            L("} else {");
                            Spill(fs, d);
                            L("    " + S(fs) + " = Vm.CCall(f, S + " + N(fs) + ", " + N(argc) + ", 0, " + N(flags) + ", " + N(pc) + ", out " + T(fs) + ");");
                            L("}");
                        }
                        else if (kwc == 0)
                        {
                            Spill(fs, d);
                            // One nanoCLR call less for builtins and native methods (CCallPos would pass them on to CCall).
                            L(S(fs) + " = " + S(fs) + " is PyFunction ? Vm.CCallPos(f, S + " + N(fs) + ", " + N(argc) + ", " + N(flags) + ", " + N(pc) + ", out " + T(fs) + ")");
                            L("    : Vm.CCall(f, S + " + N(fs) + ", " + N(argc) + ", 0, " + N(flags) + ", " + N(pc) + ", out " + T(fs) + ");");
                        }
                        else
                        {
                            Spill(fs, d);
                            L(S(fs) + " = Vm.CCall(f, S + " + N(fs) + ", " + N(argc) + ", " + N(kwc) + ", " + N(flags) + ", " + N(pc) + ", out " + T(fs) + ");");
                        }
                        if (builtin != null || inlineRange)
                        {
                            L("}");
                        }
                        Clear(fs + 1, d);
                        break;
                    }
                case Opcodes.ReturnValue:
                    if (_code.IsGenerator)
                    {
                        L("f.Pc = -1;");
                    }
                    L("n = " + T(d - 1) + ";");
                    L("return " + S(d - 1) + ";");
                    break;
                case Opcodes.YieldValue:
                    Yield(next, d, skip);
                    break;
                case Opcodes.BuildTuple:
                case Opcodes.BuildList:
                    Spill(d - arg, d);
                    L(S(d - arg) + " = Vm.CBuild(f, S + " + N(d - arg) + ", " + N(arg) + ", " + (op == Opcodes.BuildList ? "true" : "false") + ");");
                    Clear(d - arg + 1, d);
                    break;
                case Opcodes.ListAppend:
                    L("((PyList)" + S(d - 1 - arg) + ").Append(" + Boxed(S(d - 1), T(d - 1)) + "); " + S(d - 1) + " = null;");
                    break;
                case Opcodes.BinarySubscr:
                    // A small int item goes unboxed (PyInt is sealed: bools and big ints are other classes), so the
                    // arithmetic or compare that follows stays inline; it is the cached object, boxed again as itself.
                    L("if (" + S(d - 1) + " == U && (pl = " + S(d - 2) + " as PyList) != null && " + T(d - 1) + " >= 0 && " + T(d - 1) + " < pl.Count) { "
                        + S(d - 2) + " = pl.Items[(int)" + T(d - 1) + "]; if ((bi = " + S(d - 2) + " as PyInt) != null && (ulong)(bi.Value + 5) <= 261) { "
                        + S(d - 2) + " = U; " + T(d - 2) + " = bi.Value; } } else {");
                    L(P + S(d - 2) + " = Vm.CSubscr(" + S(d - 2) + ", " + T(d - 2) + ", " + S(d - 1) + ", " + T(d - 1) + ", out " + T(d - 2) + "); }");
                    L(S(d - 1) + " = null;");
                    break;
                case Opcodes.StoreSubscr:
                    L("if (" + S(d - 1) + " == U && (pl = " + S(d - 2) + " as PyList) != null && " + T(d - 1) + " >= 0 && " + T(d - 1) + " < pl.Count) { "
                        + "pl.Items[(int)" + T(d - 1) + "] = " + Boxed(S(d - 3), T(d - 3)) + "; } else {");
                    L(P + "Vm.CStoreSubscr(" + S(d - 2) + ", " + T(d - 2) + ", " + S(d - 1) + ", " + T(d - 1) + ", " + S(d - 3) + ", " + T(d - 3) + "); "
                        + "}");
                    L(S(d - 3) + " = null; " + S(d - 2) + " = null; " + S(d - 1) + " = null;");
                    break;
                case Opcodes.UnpackSequence:
                    L(P + "u = Vm.CUnpack(" + S(d - 1) + ", " + T(d - 1) + ", " + N(arg) + ");");
                    for (int k = 0; k < arg; k++)
                    {
                        L(S(d - 1 + k) + " = u[" + N(k) + "];");
                    }
                    break;
                case Opcodes.RaiseVarargs:
                    Spill(0, d);
                    L(P + "throw Vm.CRaise(f, " + N(arg) + ", S + " + N(d) + ");");
                    break;
                case Opcodes.BuildSlice:
                    if (FusedSliceNext(pc) >= 0)
                    {
                        int sub = Next(pc);
                        int after = Next(sub);
                        int top = _depth[after];
                        // A list with int or None bounds: one helper call on the operands as they are
                        // (Vm.CListSlice, which the interpreter's fused slicing runs too); anything else builds the
                        // slice object (the general path below).
                        int parts = arg & 0xFF;
                        int o = d - parts - 1;
                        string bounds = S(o + 1) + ", " + T(o + 1) + ", " + S(o + 2) + ", " + T(o + 2) + ", "
                            + (parts == 3 ? S(o + 3) + ", " + T(o + 3) : "N, 0");
                        StringBuilder clear = new StringBuilder();
                        for (int k = top; k < d; k++)
                        {
                            clear.Append(S(k)).Append(" = null; ");
                        }
                        if (Op(_code.Words[sub]) == Opcodes.BinarySubscr)
                        {
                            L("f.Pc = " + N(pc) + "; if ((ov = Vm.CListSlice(" + S(o) + ", " + bounds + ", null, "
                                + ((arg & Opcodes.SliceTemp) != 0 ? "Vm.SliceReadTemp" : "Vm.SliceRead") + ")) != null) { " + S(o) + " = ov; " + clear + "goto L" + N(after) + "; }");
                        }
                        else
                        {
                            L("if (Vm.CListSlice(" + S(o) + ", " + bounds + ", " + S(o - 1) + ", Vm.SliceWrite) != null) { " + clear + "goto L" + N(after) + "; }");
                        }
                    }
                    goto default;
                default:
                    {
                        // A rare instruction: the loop's own code (RareOp) on the stack spilled to the frame.
                        Spill(0, d);
                        L(P + "Vm.CRare(f, " + N(op) + ", " + N(arg) + ", S + " + N(d) + ", " + N(next) + ");");
                        int after = _depth.TryGetValue(next, out int nd) ? nd : d;
                        for (int k = 0; k < after; k++)
                        {
                            L(S(k) + " = R[S + " + N(k) + "]; " + T(k) + " = I[S + " + N(k) + "]; R[S + " + N(k) + "] = null;");
                        }
                        break;
                    }
            }
        }

        /// <summary>YIELD_VALUE (value in slot d-1; next: the instruction after it): suspends the body and marks
        /// where it resumes (see the class summary).</summary>
        private void Yield(int next, int d, HashSet<int> skip)
        {
            CodeObject c = _code;
            bool[] live = _liveIn[next];
            int nw = next < c.Words.Length ? c.Words[next] : 0;
            bool dropped = Op(nw) == Opcodes.PopTop && !_targets.Contains(next);
            for (int k = 0; k < c.NFast; k++)
            {
                if (live[k] && _written[k])
                {
                    L(SpillLocal(k, "f.Base + " + N(k)));
                }
            }
            MatRange(0, d);
            Spill(0, d - 1);
            L("f.Pc = " + N(next) + ";");
            if (!dropped)
            {
                L("f.Sp = S + " + N(d - 1) + "; R[S + " + N(d - 1) + "] = N;");
            }
            L("n = " + T(d - 1) + ";");
            L("return " + S(d - 1) + ";");
            _resumes.Add(next);
            _sb.Append("        Y").Append(N(next)).Append(":\n");
            for (int k = 0; k < c.NFast; k++)
            {
                if (live[k])
                {
                    L(A(k) + " = R[f.Base + " + N(k) + "]; " + B(k) + " = I[f.Base + " + N(k) + "];");
                }
            }
            for (int k = 0; k < d - 1; k++)
            {
                L(S(k) + " = R[S + " + N(k) + "]; " + T(k) + " = I[S + " + N(k) + "];");
            }
            if (dropped)
            {
                // The value of the yield expression is discarded: no POP_TOP (the slot is null on entry).
                skip.Add(next);
            }
            else
            {
                L(S(d - 1) + " = R[S + " + N(d - 1) + "]; " + T(d - 1) + " = 0; R[S + " + N(d - 1) + "] = null; f.Sp = -1;");
            }
        }

        private void Spill(int from, int to)
        {
            if (to > Spills)
            {
                Spills = to;
            }
            for (int k = from; k < to; k++)
            {
                L("R[S + " + N(k) + "] = " + S(k) + "; I[S + " + N(k) + "] = " + T(k) + ";");
            }
        }

        /// <summary>Vm.CCallD of the function in slot fs with the argc arguments from slot first.</summary>
        private static string DirectCall(int fs, int first, int argc, int pc)
        {
            StringBuilder sb = new StringBuilder("Vm.CCallD(f, pf, S + " + N(fs) + ", " + N(argc) + ", " + N(pc));
            for (int k = 0; k < 3; k++)
            {
                sb.Append(k < argc ? ", " + S(first + k) + ", " + T(first + k) : ", null, 0");
            }
            return sb.Append(", out ").Append(T(fs)).Append(')').ToString();
        }

        private void Clear(int from, int to)
        {
            StringBuilder line = new StringBuilder();
            for (int k = from; k < to; k++)
            {
                line.Append(S(k)).Append(" = null; ");
            }
            if (line.Length > 0)
            {
                L(line.ToString().TrimEnd());
            }
        }

        /// <summary>c = the truth of slot x (the loop's order: True, False, small int, then the generic test).</summary>
        private void Truth(int pc, int x)
        {
            if (_cur.K[x] == KConst)
            {
                L("c = " + F(x) + " != 0.0;");
                return;
            }
            // A float in the twin: nanoCLR's != answers true for NaN, as Python's truth does.
            string twin = _cur.K[x] == KMay ? "else if (" + S(x) + " == UD) c = " + F(x) + " != 0.0; " : "";
            L("if (" + S(x) + " == T) c = true; else if (" + S(x) + " == F || " + S(x) + " == N) c = false; else if (" + S(x) + " == U) c = " + T(x) + " != 0; " + twin
                + "else { f.Pc = " + N(pc) + "; c = Vm.CTruth(" + S(x) + ", " + T(x) + "); }");
        }

        private const string Dbl = "System.BitConverter.Int64BitsToDouble(";
        private const string Bits = "System.BitConverter.DoubleToInt64Bits(";
        /// <summary>An int held as a long converts to double exactly below 2**53 (the VM's ExactInt).</summary>
        private const string Exact = "9007199254740992L";
        /// <summary>The long bits of a double less the sign are above this for a NaN only.</summary>
        private const string NaNBits = "0x7FF0000000000000L";

        /// <summary>Slots x, x+1 (or x and the int constant k) -> slot x.</summary>
        private void Binary(int pc, int bop, bool inplace, int x, long? k, int kx, int ky)
        {
            string sx = S(x);
            string tx = T(x);
            string sy = k.HasValue ? "U" : S(x + 1);
            string ty = k.HasValue ? N(k.Value) + "L" : T(x + 1);
            bool twin = InTwin(bop, kx, ky);
            string quot = twin ? sx + " = UD; " + F(x) + " = (double)" + tx + " / " + ty + ";" : sx + " = UF; " + tx + " = " + Bits + "(double)" + tx + " / " + ty + ");";
            string slow = "f.Pc = " + N(pc) + "; " + Mat(x, kx, _cur.V[x]) + (k.HasValue ? "" : Mat(x + 1, ky, _cur.V[x + 1])) + sx + " = Vm.CBinary(" + N(bop) + ", " + (inplace ? "true" : "false") + ", " + sx + ", " + tx + ", " + sy + ", " + ty + ", out " + tx + ");";
            // In a twin operation the int path falls to the one helper call after it.
            string fslow = twin ? "goto X" + N(pc) + ";" : slow;
            string both = k.HasValue ? sx + " == U" : sx + " == U && " + sy + " == U";
            string fast = null;
            switch (bop)
            {
                case PyOp.Add:
                    fast = "z = " + tx + " + " + ty + "; if (((" + tx + " ^ z) & (" + ty + " ^ z)) >= 0) { " + tx + " = z; } else { " + fslow + " }";
                    break;
                case PyOp.Sub:
                    fast = "z = " + tx + " - " + ty + "; if (((" + tx + " ^ " + ty + ") & (" + tx + " ^ z)) >= 0) { " + tx + " = z; } else { " + fslow + " }";
                    break;
                case PyOp.Mul:
                    fast = "if (" + tx + " <= int.MaxValue && " + tx + " >= int.MinValue && " + ty + " <= int.MaxValue && " + ty + " >= int.MinValue) { " + tx + " = " + tx + " * " + ty + "; } else { " + fslow + " }";
                    break;
                case PyOp.And:
                    fast = tx + " = " + tx + " & " + ty + ";";
                    break;
                case PyOp.Or:
                    fast = tx + " = " + tx + " | " + ty + ";";
                    break;
                case PyOp.Xor:
                    fast = tx + " = " + tx + " ^ " + ty + ";";
                    break;
                case PyOp.Mod:
                    // Python's modulo takes the divisor's sign (IntBinary's rule); 0 and -1 take the helper.
                    if (k.HasValue)
                    {
                        fast = k.Value > 0 ? "z = " + tx + " % " + ty + "; if (z < 0) { z += " + ty + "; } " + tx + " = z;" : null;
                    }
                    else
                    {
                        fast = "if (" + ty + " != 0 && " + ty + " != -1) { z = " + tx + " % " + ty + "; if (z != 0 && (z ^ " + ty + ") < 0) { z += " + ty + "; } " + tx + " = z; } else { " + fslow + " }";
                    }
                    break;
                case PyOp.FloorDiv:
                    // Rounded towards minus infinity (IntBinary's rule); 0 and -1 take the helper.
                    if (k.HasValue)
                    {
                        fast = k.Value > 0 ? "z = " + tx + " / " + ty + "; if (" + tx + " < 0 && z * " + ty + " != " + tx + ") { z--; } " + tx + " = z;" : null;
                    }
                    else
                    {
                        fast = "if (" + ty + " != 0 && " + ty + " != -1) { z = " + tx + " / " + ty + "; if (z * " + ty + " != " + tx + " && (" + tx + " ^ " + ty + ") < 0) { z--; } " + tx + " = z; } else { " + fslow + " }";
                    }
                    break;
                case PyOp.TrueDiv:
                    // Two ints below 2**53 divide as doubles (CBinary's rule); a zero divisor raises there.
                    if (k.HasValue)
                    {
                        fast = k.Value != 0 ? "if (" + tx + " < " + Exact + " && " + tx + " > -" + Exact + ") { " + quot + " } else { " + fslow + " }" : null;
                    }
                    else
                    {
                        fast = "if (" + ty + " != 0 && " + tx + " < " + Exact + " && " + tx + " > -" + Exact + " && " + ty + " < " + Exact + " && " + ty + " > -" + Exact + ") { "
                            + quot + " } else { " + fslow + " }";
                    }
                    break;
            }
            if (twin)
            {
                TwinBinary(pc, x, k, kx, ky, FloatOp(bop), fast, both, slow);
                return;
            }
            // Floats (unboxed) and ints mixed with them inline as the loop's float path: +, -, *, and / by a non-zero.
            string fop = FloatOp(bop);
            StringBuilder line = new StringBuilder();
            string els = "";
            if (fast != null)
            {
                line.Append("if (").Append(both).Append(") { ").Append(fast).Append(" } ");
                els = "else ";
            }
            if (fop != null)
            {
                bool div = bop == PyOp.TrueDiv;
                if (k.HasValue)
                {
                    if (!div || k.Value != 0)
                    {
                        line.Append(els).Append("if (").Append(sx).Append(" == UF) { ").Append(tx).Append(" = ").Append(Bits).Append(Dbl).Append(tx).Append(") ")
                            .Append(fop).Append(" ").Append(N(k.Value)).Append(".0); } ");
                        els = "else ";
                    }
                }
                else
                {
                    string nz = div ? " && (" + ty + " & 0x7FFFFFFFFFFFFFFFL) != 0" : "";
                    string inty = div ? " && " + ty + " != 0" : "";
                    line.Append(els).Append("if (").Append(sx).Append(" == UF && ").Append(sy).Append(" == UF").Append(nz).Append(") { ").Append(tx)
                        .Append(" = ").Append(Bits).Append(Dbl).Append(tx).Append(") ").Append(fop).Append(" ").Append(Dbl).Append(ty).Append(")); } ");
                    line.Append("else if (").Append(sx).Append(" == UF && ").Append(sy).Append(" == U").Append(inty).Append(" && ").Append(ty).Append(" < ").Append(Exact)
                        .Append(" && ").Append(ty).Append(" > -").Append(Exact).Append(") { ").Append(tx).Append(" = ").Append(Bits).Append(Dbl).Append(tx).Append(") ")
                        .Append(fop).Append(" (double)").Append(ty).Append("); } ");
                    line.Append("else if (").Append(sx).Append(" == U && ").Append(sy).Append(" == UF").Append(nz).Append(" && ").Append(tx).Append(" < ").Append(Exact)
                        .Append(" && ").Append(tx).Append(" > -").Append(Exact).Append(") { ").Append(sx).Append(" = UF; ").Append(tx).Append(" = ").Append(Bits).Append("(double)")
                        .Append(tx).Append(" ").Append(fop).Append(" ").Append(Dbl).Append(ty).Append(")); } ");
                    els = "else ";
                }
            }
            if (els.Length > 0)
            {
                line.Append("else { ").Append(slow).Append(" }");
            }
            else
            {
                line.Append(slow);
            }
            L(line.ToString());
            if (!k.HasValue)
            {
                L(sy + " = null;");
            }
        }

        /// <summary>The twin test of slot x (kind kx): null when it surely holds its float there.</summary>
        private static string InD(int x, int kx)
        {
            return kx == KConst ? null : S(x) + " == UD";
        }

        private static string And(string a, string b)
        {
            return a == null ? b : b == null ? a : a + " && " + b;
        }

        /// <summary>A + - * / whose float result stays in slot x's twin (see InTwin): two floats in twins first, without
        /// a call; two ints as before; else an operand in bits, or an int below 2**53, converted to its twin; / by zero
        /// and anything else take the helper with the twins written back. One copy of the helper call (label Xpc):
        /// the fast paths jump past it (Zpc). fast: the int path, failing with "goto Xpc;".</summary>
        private void TwinBinary(int pc, int x, long? k, int kx, int ky, string fop, string fast, string both, string slow)
        {
            string sx = S(x);
            string fx = F(x);
            bool div = fop == "/";
            bool yc = !k.HasValue && ky == KConst;
            string fy = k.HasValue ? N(k.Value) + "D" : F(x + 1);
            string done = " goto Z" + N(pc) + ";";
            string clear = k.HasValue ? ";" : S(x + 1) + " = null;";
            if (div && k.HasValue && k.Value == 0)
            {
                L("if (" + both + ") { " + fast + done + " }");
                L("X" + N(pc) + ": " + slow);
                L("Z" + N(pc) + ": ;");
                return;
            }
            // The operation on two twins (x's in its twin already), falling to the helper on a zero divisor.
            string opd = div && !k.HasValue ? "if (" + fy + " != 0.0) { " + fx + " = " + fx + " / " + fy + ";" + done + " }" : fx + " = " + fx + " " + fop + " " + fy + ";" + done;
            string dd = And(InD(x, kx), k.HasValue ? null : InD(x + 1, ky));
            if (dd == null && !div)
            {
                L(fx + " = " + fx + " " + fop + " " + fy + "; " + clear);
                return;
            }
            if (dd == null)
            {
                // Both surely in twins.
                L(opd);
                L("X" + N(pc) + ": " + slow);
                L("Z" + N(pc) + ": " + clear);
                return;
            }
            if (kx != KNone && (k.HasValue || ky != KNone))
            {
                L("if (" + dd + ") { " + opd + " }");
            }
            if (fast != null && kx != KConst && !yc)
            {
                L("if (" + both + ") { " + fast + done + " }");
            }
            // Otherwise each operand is a float in its twin or its bits, or an int below 2**53 (not both ints: the
            // int path took those).
            string nx = kx == KConst ? null : Numeric(x);
            string ny = k.HasValue || yc ? null : Numeric(x + 1);
            string conv = (kx == KConst ? "" : ToTwin(x)) + (k.HasValue || yc ? "" : ToTwin(x + 1));
            L("if (" + And(nx, ny) + ") { " + conv + (div && !k.HasValue ? "if (" + fy + " != 0.0) { " + sx + " = UD; " + fx + " = " + fx + " / " + fy + ";" + done + " }"
                : sx + " = UD; " + fx + " = " + fx + " " + fop + " " + fy + ";" + done) + " }");
            L("X" + N(pc) + ": " + slow);
            L("Z" + N(pc) + ": " + clear);
        }

        /// <summary>Slot d holds a float (twin or bits) or an int that converts to double exactly.</summary>
        private static string Numeric(int d)
        {
            return "(" + S(d) + " == UD || " + S(d) + " == UF || (" + S(d) + " == U && " + T(d) + " < " + Exact + " && " + T(d) + " > -" + Exact + "))";
        }

        /// <summary>Slot d's number (Numeric) into its twin; the slot itself unchanged.</summary>
        private static string ToTwin(int d)
        {
            return "if (" + S(d) + " == UF) { " + F(d) + " = " + Dbl + T(d) + "); } else if (" + S(d) + " == U) { " + F(d) + " = " + T(d) + "; } ";
        }

        private static string CmpOp(int cop)
        {
            switch (cop)
            {
                case PyOp.Lt:
                    return "<";
                case PyOp.Le:
                    return "<=";
                case PyOp.Eq:
                    return "==";
                case PyOp.Ne:
                    return "!=";
                case PyOp.Gt:
                    return ">";
                case PyOp.Ge:
                    return ">=";
            }
            return null;
        }

        /// <summary>The else-if branches of an ordering or equality compare on floats (unboxed) and an int mixed with one
        /// (below 2**53, exact as the VM's FloatOperands); a NaN takes the helper (nanoCLR's unordered double branches
        /// are not relied on, the bits are tested). Two floats compare by their bits, no call: a non-NaN double's bits
        /// less the sign order as its magnitude, so the sign applied to them (Key) orders as the value, with -0.0 == 0.0.</summary>
        private static string FloatCompare(string sx, string tx, string sy, string ty, long? k, string cmp, string pre, string post)
        {
            string nx = "(" + tx + " & 0x7FFFFFFFFFFFFFFFL) <= " + NaNBits;
            string ny = "(" + ty + " & 0x7FFFFFFFFFFFFFFFL) <= " + NaNBits;
            if (k.HasValue)
            {
                return "else if (" + sx + " == UF && " + nx + ") { " + pre + Key(tx) + " " + cmp + " " + N(KeyOf((double)k.Value)) + "L" + post + "; } ";
            }
            return "else if (" + sx + " == UF && " + sy + " == UF && " + nx + " && " + ny + ") { " + pre + Key(tx) + " " + cmp + " " + Key(ty) + post + "; } "
                + "else if (" + sx + " == UF && " + sy + " == U && " + nx + " && " + ty + " < " + Exact + " && " + ty + " > -" + Exact + ") { " + pre + Dbl + tx + ") " + cmp + " (double)" + ty + post + "; } "
                + "else if (" + sx + " == U && " + sy + " == UF && " + ny + " && " + tx + " < " + Exact + " && " + tx + " > -" + Exact + ") { " + pre + "(double)" + tx + " " + cmp + " " + Dbl + ty + ")" + post + "; } ";
        }

        private static string Key(string t)
        {
            return "(" + t + " >= 0 ? " + t + " : -(" + t + " & 0x7FFFFFFFFFFFFFFFL))";
        }

        private static long KeyOf(double d)
        {
            long b = System.BitConverter.DoubleToInt64Bits(d);
            return b >= 0 ? b : -(b & 0x7FFFFFFFFFFFFFFFL);
        }

        /// <summary>A double comparison with Python's answers on nanoCLR, where NaN compares as greater than
        /// everything (only <, <=, == and != answer right: > and >= are asked with the operands swapped) and any two
        /// infinities as equal (the caller rules out two infinities).</summary>
        private static string DCmp(string a, string cmp, string b)
        {
            return cmp == ">" ? b + " < " + a : cmp == ">=" ? b + " <= " + a : a + " " + cmp + " " + b;
        }

        /// <summary>An ordering or equality compare with an operand in a twin (kinds kx, ky): two ints as before,
        /// a float in a twin against another or an int below 2**53 without a call, else both written back and the
        /// bits compared as before (FloatCompare), else the helper.</summary>
        private void TwinCompare(int pc, int cop, int x, long? k, int kx, int ky, bool fuse, string mat)
        {
            string sx = S(x);
            string tx = T(x);
            string sy = k.HasValue ? "U" : S(x + 1);
            string ty = k.HasValue ? N(k.Value) + "L" : T(x + 1);
            string cmp = CmpOp(cop);
            string pre = fuse ? "c = " : sx + " = ";
            string post = fuse ? ";" : " ? T : F;";
            bool yc = !k.HasValue && ky == KConst;
            string fx = F(x);
            string fy = k.HasValue ? N(k.Value) + "D" : F(x + 1);
            StringBuilder line = new StringBuilder();
            string els = "";
            // Twin constants are finite, and so are ints: two infinities need two non-constant twins.
            string dd = And(InD(x, kx), k.HasValue ? null : InD(x + 1, ky));
            if (kx != KConst && !k.HasValue && !yc)
            {
                dd = And(dd, "(" + fx + " - " + fx + " == 0.0 || " + fy + " - " + fy + " == 0.0)");
            }
            if (dd == null)
            {
                L(line.Append(els).Append("{ ").Append(pre).Append(DCmp(fx, cmp, fy)).Append(post).Append(" }").ToString());
                return;
            }
            if (kx != KNone && (k.HasValue || ky != KNone))
            {
                line.Append(els).Append("if (").Append(dd).Append(") { ").Append(pre).Append(DCmp(fx, cmp, fy)).Append(post).Append(" } ");
                els = "else ";
            }
            if (kx != KConst && !yc)
            {
                line.Append(els).Append("if (").Append(k.HasValue ? sx + " == U" : sx + " == U && " + sy + " == U").Append(") { ").Append(pre).Append(tx).Append(" ").Append(cmp).Append(" ").Append(ty).Append(post).Append(" } ");
                els = "else ";
            }
            if (!k.HasValue)
            {
                string ix = "(" + sy + " == U && " + ty + " < " + Exact + " && " + ty + " > -" + Exact + ")";
                if (ky != KConst && kx != KNone)
                {
                    line.Append(els).Append("if (").Append(And(InD(x, kx), ix)).Append(") { ").Append(pre).Append(DCmp(fx, cmp, "(double)" + ty)).Append(post).Append(" } ");
                }
                if (kx != KConst && ky != KNone)
                {
                    string jx = "(" + sx + " == U && " + tx + " < " + Exact + " && " + tx + " > -" + Exact + ")";
                    line.Append(els).Append("if (").Append(And(jx, InD(x + 1, ky))).Append(") { ").Append(pre).Append(DCmp("(double)" + tx, cmp, fy)).Append(post).Append(" } ");
                }
            }
            string slow = "f.Pc = " + N(pc) + "; " + (fuse ? "c = Vm.CCompareTrue(" : sx + " = Vm.CCompare(") + N(cop) + ", " + sx + ", " + tx + ", " + sy + ", " + ty + ");";
            string bits = FloatCompare(sx, tx, sy, ty, k, cmp, pre, post.TrimEnd(';'));
            line.Append(els.Length > 0 ? "else { " : "{ ").Append(mat).Append(bits.Substring("else ".Length)).Append("else { ").Append(slow).Append(" } }");
            L(line.ToString());
        }

        /// <summary>Slots x, x+1 (or x and the constant k) compared; a conditional jump right after (not itself a
        /// jump target) is taken here without a bool.</summary>
        private void Compare(int pc, int cop, int x, long? k, int next, HashSet<int> skip, int kx, int ky)
        {
            string sx = S(x);
            string tx = T(x);
            string sy = k.HasValue ? "U" : S(x + 1);
            string ty = k.HasValue ? N(k.Value) + "L" : T(x + 1);
            string both = k.HasValue ? sx + " == U" : sx + " == U && " + sy + " == U";
            string cmp = CmpOp(cop);
            int nw = next < _code.Words.Length ? _code.Words[next] : 0;
            int nop = Op(nw);
            bool fuse = (nop == Opcodes.PopJumpIfFalse || nop == Opcodes.PopJumpIfTrue) && !_targets.Contains(next);
            string mat = Mat(x, kx, _cur.V[x]) + (k.HasValue ? "" : Mat(x + 1, ky, _cur.V[x + 1]));
            if (cmp != null && (kx != KNone || ky != KNone))
            {
                TwinCompare(pc, cop, x, k, kx, ky, fuse, mat);
                if (fuse)
                {
                    L(sx + " = null;" + (k.HasValue ? "" : " " + sy + " = null;"));
                    L("if (" + (nop == Opcodes.PopJumpIfFalse ? "!c" : "c") + ") goto L" + N(Arg(nw)) + ";");
                    skip.Add(next);
                }
                else if (!k.HasValue)
                {
                    L(sy + " = null;");
                }
                return;
            }
            if (fuse)
            {
                string slow = "f.Pc = " + N(pc) + "; " + mat + "c = Vm.CCompareTrue(" + N(cop) + ", " + sx + ", " + tx + ", " + sy + ", " + ty + ");";
                if (cmp != null)
                {
                    L("if (" + both + ") { c = " + tx + " " + cmp + " " + ty + "; } " + FloatCompare(sx, tx, sy, ty, k, cmp, "c = ", "") + "else { " + slow + " }");
                }
                else
                {
                    L(slow);
                }
                L(sx + " = null;" + (k.HasValue ? "" : " " + sy + " = null;"));
                L("if (" + (nop == Opcodes.PopJumpIfFalse ? "!c" : "c") + ") goto L" + N(Arg(nw)) + ";");
                skip.Add(next);
                return;
            }
            string slowv = "f.Pc = " + N(pc) + "; " + mat + sx + " = Vm.CCompare(" + N(cop) + ", " + sx + ", " + tx + ", " + sy + ", " + ty + ");";
            if (cmp != null)
            {
                L("if (" + both + ") { " + sx + " = " + tx + " " + cmp + " " + ty + " ? T : F; } " + FloatCompare(sx, tx, sy, ty, k, cmp, sx + " = ", " ? T : F") + "else { " + slowv + " }");
            }
            else
            {
                L(slowv);
            }
            if (!k.HasValue)
            {
                L(sy + " = null;");
            }
        }
    }
}
