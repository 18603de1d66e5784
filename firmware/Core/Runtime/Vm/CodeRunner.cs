using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    /// <summary>
    /// Entry points from the runtime into the compiler and VM.
    /// Mode: 0 = exec (file or -c), 1 = eval (single expression), 2 = single (REPL line: echo expression values).
    /// </summary>
    public static class CodeRunner
    {
        public const int ModeExec = MicroPy.Compiler.Compiler.ModeExec;
        public const int ModeEval = MicroPy.Compiler.Compiler.ModeEval;
        public const int ModeSingle = MicroPy.Compiler.Compiler.ModeSingle;

        /// <summary>Compiles source text; SyntaxError as PyException. Returns the code object.</summary>
        public static PyObject Compile(string source, string filename, int mode)
        {
            if (mode == ModeEval)
            {
                Expr e = Parser.ParseExpression(source, filename);
                CodeObject ec = MicroPy.Compiler.Compiler.CompileExpression(e, filename);
                CompiledRegistry.Attach(ec);
                return ec;
            }
            ModuleNode m = mode == ModeSingle ? Parser.ParseInteractive(source, filename) : Parser.ParseModule(source, filename);
            CodeObject mc = MicroPy.Compiler.Compiler.CompileModule(m, filename, mode);
            CompiledRegistry.Attach(mc);
            return mc;
        }

        /// <summary>Runs a compiled code object with the given globals (and locals for exec/eval; may equal globals).</summary>
        public static object Run(PyObject code, PyDict globals, PyDict locals)
        {
            CodeObject c = code as CodeObject;
            if (c == null)
            {
                throw Err.Type("expected a code object");
            }
            if (globals.GetStr("__builtins__") == null)
            {
                globals.SetStr("__builtins__", Interp.Current.Builtins);
            }
            if (c.IsModule && globals == locals && c.Filename != null && c.Filename.Length > 0 && c.Filename[0] != '<'
                && globals.GetStr("__file__") == null && (globals.GetStr("__name__") as string) == "__main__")
            {
                // The main script knows its own path (imported modules get __file__ from the importer).
                globals.SetStr("__file__", c.Filename);
            }
            return Vm.RunCode(c, globals, locals ?? globals);
        }

        /// <summary>Globals of the innermost running Python frame (for globals(), eval/exec defaults); null at top.</summary>
        public static PyDict CurrentGlobals()
        {
            return Vm.CurrentGlobals();
        }

        /// <summary>locals() of the innermost running Python frame as a dict (a snapshot for function frames).</summary>
        public static PyDict CurrentLocals()
        {
            return Vm.CurrentLocals();
        }
    }
}
