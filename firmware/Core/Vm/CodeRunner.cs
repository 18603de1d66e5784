namespace MicroPy.Core
{
    /// <summary>
    /// Entry points from the runtime into the compiler and VM. (VM owner: implement.)
    /// Mode: 0 = exec (file or -c), 1 = eval (single expression), 2 = single (REPL line: echo expression values).
    /// </summary>
    public static class CodeRunner
    {
        public const int ModeExec = 0;
        public const int ModeEval = 1;
        public const int ModeSingle = 2;

        /// <summary>Compiles source text; SyntaxError as PyException. Returns an opaque code object (PyObject).</summary>
        public static PyObject Compile(string source, string filename, int mode)
        {
            throw Err.NotImplemented("compile");
        }

        /// <summary>Runs a compiled code object with the given globals (and locals for exec/eval; may equal globals).</summary>
        public static object Run(PyObject code, PyDict globals, PyDict locals)
        {
            throw Err.NotImplemented("run");
        }

        /// <summary>Globals of the innermost running Python frame (for globals(), eval/exec defaults); null at top.</summary>
        public static PyDict CurrentGlobals()
        {
            return null;
        }

        /// <summary>locals() of the innermost running Python frame as a dict (a snapshot for function frames).</summary>
        public static PyDict CurrentLocals()
        {
            return null;
        }
    }
}
