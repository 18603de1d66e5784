namespace MicroPy.Objects
{
    /// <summary>
    /// Depth limits: the same on every platform (one behaviour: a program that runs on the desktop host runs on a
    /// board), sized for nanoCLR, where every C# call is a stack frame allocated from the managed heap (CLR_RT_StackFrame:
    /// a header plus at least 10 heap blocks for locals and evaluation stack, so about 200 bytes on a 32-bit board
    /// and more with many locals) and the runtime itself has no recursion limit: deep C# recursion simply uses up
    /// the board's heap (~100 KB on ESP32). Each limit raises Python's RuntimeError("maximum recursion depth
    /// exceeded") before the construct costs more than about 100-250 KB of the POSIX nanoCLR's heap (64-bit; a
    /// 32-bit board needs less), measured per level with gc.mem_free() inside the recursion (issue 24).
    /// </summary>
    public static class Limits
    {
        /// <summary>Parser nesting: brackets (two units each: the bracket and the expression inside), unary
        /// operators, not, lambda, conditional expressions, blocks. About 18 nanoCLR frames per bracket level.
        /// (CPython: 200 brackets; MicroPython: its C stack.)</summary>
        public const int ParserNesting = 100;

        /// <summary>Height of the syntax tree the symbol table and the compiler walk recursively (long chains such as
        /// a + b + ..., a.b.c..., elif ...): 2-3 frames per level.</summary>
        public const int TreeDepth = 500;

        /// <summary>Native operations recursing into their operands: repr/str, ==, &lt;, hash of containers, iterators
        /// over iterators (map, filter, zip, enumerate). Measured on the POSIX nanoCLR: 1.0-2.1 KB per level.
        /// (MicroPython's misc/recursive_iternext expects RuntimeError at 100 nested iterators on small boards.)</summary>
        public const int NativeDepth = 64;

        /// <summary>Native code calling back into Python (__repr__, __eq__, __hash__, key functions, generators driven
        /// by a builtin...): each level runs the VM's loop again, 11 KB per level on the POSIX nanoCLR.</summary>
        public const int Reentry = 20;

        /// <summary>Python-to-Python calls (no C# recursion: the VM switches frames in one loop). The shared value
        /// stack a board allocates (Vm.StackSlots) may end deep recursion earlier, with the same error.</summary>
        public const int PythonCalls = 1000;
    }
}
