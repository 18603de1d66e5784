namespace MicroPy.Objects
{
    /// <summary>Operator numbers shared by the AST, the compiler, the VM and the object model.</summary>
    public static class PyOp
    {
        // binary (also augmented assignment)
        public const int Add = 0;
        public const int Sub = 1;
        public const int Mul = 2;
        public const int TrueDiv = 3;
        public const int FloorDiv = 4;
        public const int Mod = 5;
        public const int Pow = 6;
        public const int LShift = 7;
        public const int RShift = 8;
        public const int And = 9;
        public const int Or = 10;
        public const int Xor = 11;
        public const int MatMul = 12;
        public const int BinaryCount = 13;

        // comparisons
        public const int Lt = 20;
        public const int Le = 21;
        public const int Eq = 22;
        public const int Ne = 23;
        public const int Gt = 24;
        public const int Ge = 25;
        public const int Is = 26;
        public const int IsNot = 27;
        public const int In = 28;
        public const int NotIn = 29;

        // unary
        public const int Neg = 30;
        public const int Pos = 31;
        public const int Invert = 32;
        public const int Not = 33;

        // boolean operators (AST only)
        public const int BoolAnd = 40;
        public const int BoolOr = 41;

        /// <summary>Python symbol, for error messages: "unsupported operand type(s) for +: 'int' and 'str'".</summary>
        public static string Symbol(int op)
        {
            switch (op)
            {
                case Add: return "+";
                case Sub: return "-";
                case Mul: return "*";
                case TrueDiv: return "/";
                case FloorDiv: return "//";
                case Mod: return "%";
                case Pow: return "**";
                case LShift: return "<<";
                case RShift: return ">>";
                case And: return "&";
                case Or: return "|";
                case Xor: return "^";
                case MatMul: return "@";
                case Lt: return "<";
                case Le: return "<=";
                case Eq: return "==";
                case Ne: return "!=";
                case Gt: return ">";
                case Ge: return ">=";
                case Neg: return "unary -";
                case Pos: return "unary +";
                case Invert: return "unary ~";
            }
            return "?";
        }

        /// <summary>Dunder name of a binary operator (reflected: "__radd__", inplace: "__iadd__").</summary>
        public static string Dunder(int op, int form)
        {
            string n;
            switch (op)
            {
                case Add: n = "add"; break;
                case Sub: n = "sub"; break;
                case Mul: n = "mul"; break;
                case TrueDiv: n = "truediv"; break;
                case FloorDiv: n = "floordiv"; break;
                case Mod: n = "mod"; break;
                case Pow: n = "pow"; break;
                case LShift: n = "lshift"; break;
                case RShift: n = "rshift"; break;
                case And: n = "and"; break;
                case Or: n = "or"; break;
                case Xor: n = "xor"; break;
                case MatMul: n = "matmul"; break;
                case Lt: return "__lt__";
                case Le: return "__le__";
                case Eq: return "__eq__";
                case Ne: return "__ne__";
                case Gt: return "__gt__";
                case Ge: return "__ge__";
                case Neg: return "__neg__";
                case Pos: return "__pos__";
                case Invert: return "__invert__";
                default: return null;
            }
            if (form == 1)
            {
                return "__r" + n + "__";
            }
            if (form == 2)
            {
                return "__i" + n + "__";
            }
            return "__" + n + "__";
        }

        /// <summary>The comparison with operands swapped: a &lt; b  ==  b &gt; a.</summary>
        public static int Swapped(int op)
        {
            switch (op)
            {
                case Lt: return Gt;
                case Le: return Ge;
                case Gt: return Lt;
                case Ge: return Le;
            }
            return op;
        }
    }
}
