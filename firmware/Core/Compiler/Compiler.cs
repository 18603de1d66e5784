using MicroPy.Objects;

namespace MicroPy.Compiler
{
    /// <summary>
    /// AST to bytecode, one code object per scope. Statements in Compiler_Statements.cs, expressions in
    /// Compiler_Expressions.cs. Non-exceptional exits from try/finally and with blocks (fall-through, return,
    /// break, continue) inline the finally body / __exit__ call, so the VM needs no "why" machinery.
    /// </summary>
    public sealed partial class Compiler
    {
        /// <summary>Compile modes: exec (file or -c), eval (one expression), single (REPL line: echo values).</summary>
        public const int ModeExec = 0;
        public const int ModeEval = 1;
        public const int ModeSingle = 2;

        private readonly string _file;
        private readonly Emitter _e = new Emitter();
        private readonly Scope _sc;
        private readonly Compiler _parent;
        private readonly int _mode;
        /// <summary>Module-wide const() names and values (shared by nested compilers).</summary>
        /// <summary>Compiling a @micropython.viper function; _viperNext: the function about to be made is one.</summary>
        private bool _viper;
        private bool _viperNext;
        /// <summary>The machine-word cast of a viper function's return annotation (int, uint) or null; for the
        /// function about to be made in _viperReturnNext.</summary>
        private string _viperReturn;
        private string _viperReturnNext;
        private string[] _constNames;
        private object[] _constValues;
        private int _constCount;
        private int _retSlot = -1;

        // Compile-time block stack for unwinding on return/break/continue.
        private const int BlockLoop = 0;
        private const int BlockForLoop = 1;
        private const int BlockTryExcept = 2;
        private const int BlockTryFinally = 3;
        private const int BlockHandler = 4;
        private const int BlockFinallyHandler = 5;
        private const int BlockWith = 6;

        private int[] _bKind = new int[16];
        private int[] _bBreak = new int[16];
        private int[] _bContinue = new int[16];
        private Stmt[][] _bFinally = new Stmt[16][];
        private int _bCount;

        private Compiler(string file, Scope sc, Compiler parent, int mode)
        {
            _file = file;
            _sc = sc;
            _parent = parent;
            _mode = mode;
            if (parent != null)
            {
                _constNames = parent._constNames;
                _constValues = parent._constValues;
                _constCount = parent._constCount;
            }
            else
            {
                _constNames = new string[4];
                _constValues = new object[4];
            }
        }

        /// <summary>Compiles a module (mode exec or single) to its code object.</summary>
        /// <summary>Height of the syntax tree the compiler and the symbol table walk (their recursion): the same on
        /// every platform. The parser's MaxNesting bounds nesting; this bounds long chains (a + b + ..., a.b.c...).</summary>
        public const int MaxDepth = MicroPy.Objects.Limits.TreeDepth;

        private static int s_depth;

        /// <summary>One level deeper (undone by s_depth--; an error abandons the compilation).</summary>
        private static void Deeper()
        {
            if (++s_depth > MaxDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
        }

        public static CodeObject CompileModule(ModuleNode m, string filename, int mode)
        {
            s_depth = 0;
            Scope sc = Symtable.Build(m, filename);
            Compiler c = new Compiler(filename, sc, null, mode);
            c._e.SetLine(m.Body.Length > 0 ? m.Body[0].Line : 1);
            c.Body(m.Body);
            c._e.Emit(Opcodes.LoadNone, 1);
            c._e.Emit(Opcodes.ReturnValue, -1);
            CodeObject code = c.Finish("<module>", 1);
            code.IsModule = true;
            code.Interactive = mode == ModeSingle;
            return code;
        }

        /// <summary>Compiles an expression (eval mode): the code returns its value.</summary>
        public static CodeObject CompileExpression(Expr e, string filename)
        {
            s_depth = 0;
            Scope sc = Symtable.BuildExpr(e, filename);
            Compiler c = new Compiler(filename, sc, null, ModeEval);
            c._e.SetLine(e.Line);
            c.Expression(e);
            c._e.Emit(Opcodes.ReturnValue, -1);
            CodeObject code = c.Finish("<module>", e.Line);
            code.IsModule = true;
            return code;
        }

        private PyException Error(string msg, int line)
        {
            return Err.Syntax(msg, _file, line);
        }

        private CodeObject Finish(string name, int firstLine)
        {
            _e.ResolveJumps();
            CodeObject code = new CodeObject();
            code.Code = _e.Bytes();
            code.Words = Emitter.Words(code.Code);
            code.Consts = _e.Consts();
            code.Names = _e.Names();
            code.Name = name;
            code.Filename = _file;
            code.FirstLine = firstLine;
            code.LineTable = _e.LineTable();
            code.StackSize = _e.MaxDepth + 4;
            Scope sc = _sc;
            code.IsGenerator = sc.IsGenerator || sc.IsCoroutine;
            code.IsCoroutine = sc.IsCoroutine;
            code.IsClassBody = sc.Kind == Scope.KindClass;
            if (sc.Kind == Scope.KindFunction)
            {
                code.NFast = sc.FastCount;
                code.FastNames = new string[sc.FastCount];
                System.Array.Copy(sc.FastNames, code.FastNames, sc.FastCount);
            }
            else
            {
                code.FastNames = new string[0];
            }
            code.NCells = sc.CellCount;
            code.NOwnCells = sc.OwnCellCount;
            code.CellNames = new string[sc.CellCount];
            code.CellParam = new int[sc.OwnCellCount];
            for (int i = 0; i < sc.CellCount; i++)
            {
                code.CellNames[i] = sc.CellNames[i];
            }
            for (int i = 0; i < sc.OwnCellCount; i++)
            {
                code.CellParam[i] = -1;
                for (int k = 0; k < sc.Params.Length; k++)
                {
                    if (sc.Params[k] == sc.CellNames[i])
                    {
                        code.CellParam[i] = k;
                    }
                }
            }
            return code;
        }

        // ---- names ----

        private int Resolve(string name, out int index)
        {
            int i = _sc.Find(name);
            if (i < 0)
            {
                index = 0;
                if (_sc.Kind == Scope.KindFunction)
                {
                    return Scope.WhereGlobal;
                }
                return Scope.WhereName;
            }
            index = _sc.Index[i];
            return _sc.Where[i];
        }

        private bool TryConst(string name, out object value)
        {
            for (int i = 0; i < _constCount; i++)
            {
                if (_constNames[i] == name)
                {
                    value = _constValues[i];
                    return true;
                }
            }
            value = null;
            return false;
        }

        private void AddConst(string name, object value)
        {
            if (_constCount == _constNames.Length)
            {
                string[] n = new string[_constCount * 2];
                object[] v = new object[_constCount * 2];
                System.Array.Copy(_constNames, n, _constCount);
                System.Array.Copy(_constValues, v, _constCount);
                _constNames = n;
                _constValues = v;
            }
            _constNames[_constCount] = name;
            _constValues[_constCount] = value;
            _constCount++;
        }

        private void LoadName(string name)
        {
            int vi;
            int vw = _viper && IsViperPtr(name) ? Resolve(name, out vi) : -1;
            if (vw == Scope.WhereGlobal || vw == Scope.WhereName)
            {
                LoadViperCast(name);
                return;
            }
            object cv;
            if (TryConst(name, out cv))
            {
                LoadConstValue(cv);
                return;
            }
            int idx;
            switch (Resolve(name, out idx))
            {
                case Scope.WhereFast:
                    _e.EmitArg(Opcodes.LoadFast, idx, 1);
                    return;
                case Scope.WhereCell:
                    _e.EmitArg(Opcodes.LoadDeref, idx, 1);
                    return;
                case Scope.WhereClassDeref:
                    _e.EmitArg(Opcodes.LoadClassDeref, idx, 1);
                    return;
                case Scope.WhereGlobal:
                    _e.EmitArg(Opcodes.LoadGlobal, _e.Name(name), 1);
                    return;
                default:
                    _e.EmitArg(Opcodes.LoadName, _e.Name(name), 1);
                    return;
            }
        }

        private void StoreName(string name)
        {
            int idx;
            switch (Resolve(name, out idx))
            {
                case Scope.WhereFast:
                    _e.EmitArg(Opcodes.StoreFast, idx, -1);
                    return;
                case Scope.WhereCell:
                    _e.EmitArg(Opcodes.StoreDeref, idx, -1);
                    return;
                case Scope.WhereGlobal:
                    _e.EmitArg(Opcodes.StoreGlobal, _e.Name(name), -1);
                    return;
                default:
                    _e.EmitArg(Opcodes.StoreName, _e.Name(name), -1);
                    return;
            }
        }

        private void DeleteName(string name)
        {
            int idx;
            switch (Resolve(name, out idx))
            {
                case Scope.WhereFast:
                    _e.EmitArg(Opcodes.DeleteFast, idx, 0);
                    return;
                case Scope.WhereCell:
                    _e.EmitArg(Opcodes.DeleteDeref, idx, 0);
                    return;
                case Scope.WhereGlobal:
                    _e.EmitArg(Opcodes.DeleteGlobal, _e.Name(name), 0);
                    return;
                default:
                    _e.EmitArg(Opcodes.DeleteName, _e.Name(name), 0);
                    return;
            }
        }

        private void LoadConstValue(object v)
        {
            if (v == PyNone.None)
            {
                _e.Emit(Opcodes.LoadNone, 1);
                return;
            }
            if (v == PyBool.True)
            {
                _e.Emit(Opcodes.LoadTrue, 1);
                return;
            }
            if (v == PyBool.False)
            {
                _e.Emit(Opcodes.LoadFalse, 1);
                return;
            }
            PyInt pi = v as PyInt;
            if (pi != null && pi.Value >= -32768 && pi.Value <= 32767)
            {
                _e.EmitArg(Opcodes.LoadSmallInt, (int)(pi.Value & 0xFFFF), 1);
                return;
            }
            _e.EmitArg(v is PyFloat ? Opcodes.LoadFloat : Opcodes.LoadConst, _e.Const(v), 1);
        }

        // ---- block stack ----

        private void PushBlock(int kind, int brk, int cont, Stmt[] fin)
        {
            if (_bCount == _bKind.Length)
            {
                int n = _bCount * 2;
                int[] k = new int[n];
                int[] b = new int[n];
                int[] c = new int[n];
                Stmt[][] f = new Stmt[n][];
                System.Array.Copy(_bKind, k, _bCount);
                System.Array.Copy(_bBreak, b, _bCount);
                System.Array.Copy(_bContinue, c, _bCount);
                System.Array.Copy(_bFinally, f, _bCount);
                _bKind = k;
                _bBreak = b;
                _bContinue = c;
                _bFinally = f;
            }
            _bKind[_bCount] = kind;
            _bBreak[_bCount] = brk;
            _bContinue[_bCount] = cont;
            _bFinally[_bCount] = fin;
            _bCount++;
        }

        private void PopBlock()
        {
            _bCount--;
            _bFinally[_bCount] = null;
        }

        /// <summary>Emits the exits of blocks from the top down to (excluding) block 'downTo'.
        /// popLoops: pop for-loop iterators on the way (break/continue do; return does not need to).</summary>
        private void UnwindTo(int downTo, bool popLoops)
        {
            for (int i = _bCount - 1; i > downTo; i--)
            {
                switch (_bKind[i])
                {
                    case BlockForLoop:
                        if (popLoops)
                        {
                            _e.Emit(Opcodes.PopTop, 0);
                        }
                        break;
                    case BlockTryExcept:
                        _e.Emit(Opcodes.PopBlock, 0);
                        break;
                    case BlockTryFinally:
                        {
                            _e.Emit(Opcodes.PopBlock, 0);
                            // Compile the finally body with the block stack cut back to this level.
                            int saveCount = _bCount;
                            int[] kinds = new int[_bCount - i];
                            int[] brks = new int[_bCount - i];
                            int[] conts = new int[_bCount - i];
                            Stmt[][] fins = new Stmt[_bCount - i][];
                            for (int k = i; k < saveCount; k++)
                            {
                                kinds[k - i] = _bKind[k];
                                brks[k - i] = _bBreak[k];
                                conts[k - i] = _bContinue[k];
                                fins[k - i] = _bFinally[k];
                            }
                            Stmt[] fin = _bFinally[i];
                            _bCount = i;
                            Body(fin);
                            for (int k = i; k < saveCount; k++)
                            {
                                _bKind[k] = kinds[k - i];
                                _bBreak[k] = brks[k - i];
                                _bContinue[k] = conts[k - i];
                                _bFinally[k] = fins[k - i];
                            }
                            _bCount = saveCount;
                            break;
                        }
                    case BlockHandler:
                    case BlockFinallyHandler:
                        _e.Emit(Opcodes.PopExcept, 0);
                        break;
                    case BlockWith:
                        _e.Emit(Opcodes.PopBlock, 0);
                        _e.Emit(Opcodes.WithExitNormal, -1);
                        break;
                }
            }
        }

        private int InnermostLoop()
        {
            for (int i = _bCount - 1; i >= 0; i--)
            {
                if (_bKind[i] == BlockLoop || _bKind[i] == BlockForLoop)
                {
                    return i;
                }
            }
            return -1;
        }

        private bool NeedsUnwind(int downTo)
        {
            for (int i = _bCount - 1; i > downTo; i--)
            {
                if (_bKind[i] != BlockLoop && _bKind[i] != BlockForLoop)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
