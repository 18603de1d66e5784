namespace MicroPy.Objects
{
    /// <summary>Compiled bytecode of a module, function, class body or comprehension, with its constant tables.</summary>
    public sealed class CodeObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("code", null, null)); }
        }

        public byte[] Code;
        /// <summary>Code decoded for the VM's dispatch (Emitter.Words): opcode, length and argument in one int at
        /// each instruction's offset.</summary>
        public int[] Words;
        public object[] Consts;
        public string[] Names;
        /// <summary>Lookup cache for LOAD_GLOBAL/LOAD_NAME, created on first use.</summary>
        public GlobalCache GCache;
        /// <summary>Attribute lookup cache for LOAD_ATTR/LOAD_METHOD/STORE_ATTR, created on first use.</summary>
        public AttrCache ACache;
        public string Name;
        public string Filename;
        public int FirstLine;
        /// <summary>Pairs (bytecode offset, line), offsets ascending.</summary>
        public int[] LineTable;
        public int ArgCount;
        public int KwOnlyCount;
        public bool VarArgs;
        public bool VarKw;
        public bool IsGenerator;
        public bool IsCoroutine;
        public bool IsClassBody;
        public bool IsModule;
        /// <summary>REPL 'single' mode: expression statements print their value.</summary>
        public bool Interactive;
        public int NFast;
        public string[] FastNames;
        public int NCells;
        public int NOwnCells;
        public string[] CellNames;
        /// <summary>For each own cell: the fast slot of the parameter it holds, or -1.</summary>
        public int[] CellParam;
        public int StackSize;
        /// <summary>Positional then keyword-only parameter names (for keyword binding).</summary>
        public string[] ParamNames;
        /// <summary>True when every argument is positional-only-simple: no defaults needed check, no cells, no *args.</summary>
        public bool Simple;
        /// <summary>The body compiled ahead of time (a Runtime CompiledCode), attached by CompiledRegistry on an exact
        /// match of this code object's content; null: interpreted.</summary>
        public object Compiled;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public int LineOf(int pc)
        {
            int[] t = LineTable;
            int line = FirstLine;
            if (t == null)
            {
                return line;
            }
            for (int i = 0; i < t.Length; i += 2)
            {
                if (t[i] > pc)
                {
                    break;
                }
                line = t[i + 1];
            }
            return line;
        }

        public override string Repr()
        {
            return "<code object " + Name + " at 0x" + Ops.HexId(this) + ", file \"" + Filename + "\", line " + Ops.IntToString(FirstLine) + ">";
        }
    }
}
