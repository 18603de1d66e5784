namespace MicroPy.Compiler
{
    /// <summary>Token kinds of the lexer.</summary>
    public static class Token
    {
        public const int End = 0;
        public const int Newline = 1;
        public const int Indent = 2;
        public const int Dedent = 3;
        public const int Name = 4;
        public const int Number = 5;
        public const int Str = 6;
        public const int Bytes = 7;
        /// <summary>Operator or delimiter; the value is the interned operator text.</summary>
        public const int Op = 8;
    }
}
