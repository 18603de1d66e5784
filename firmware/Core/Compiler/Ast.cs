using MicroPy.Objects;

namespace MicroPy.Compiler
{
    // The syntax tree, shaped like CPython's ast module (Python 3.5 call syntax: Starred in Args, Keyword.Arg
    // null for **kw). Expression context (load/store/del) is implied by position. Line is 1-based.

    public abstract class Node
    {
        public int Line;
        public int Col;
        /// <summary>The compiler's scope for nodes that open one (def, lambda, class, comprehensions).</summary>
        public Scope ScopeInfo;
    }

    public abstract class Expr : Node
    {
    }

    public abstract class Stmt : Node
    {
    }

    public sealed class ModuleNode : Node
    {
        public Stmt[] Body;
    }

    // ---- statements ----

    public sealed class FunctionDef : Stmt
    {
        public string Name;
        public Arguments Args;
        public Stmt[] Body;
        public Expr[] Decorators;
        public Expr Returns;
        public bool IsAsync;
        /// <summary>Docstring, if the body starts with a string literal (the body keeps it too).</summary>
        public string Doc;
    }

    public sealed class ClassDef : Stmt
    {
        public string Name;
        /// <summary>Positional bases; may contain Starred.</summary>
        public Expr[] Bases;
        /// <summary>metaclass=... and other keywords; Arg null for **kw.</summary>
        public Keyword[] Keywords;
        public Stmt[] Body;
        public Expr[] Decorators;
        public string Doc;
    }

    public sealed class Return : Stmt
    {
        public Expr Value;
    }

    public sealed class Delete : Stmt
    {
        public Expr[] Targets;
    }

    /// <summary>t1 = t2 = value.</summary>
    public sealed class Assign : Stmt
    {
        public Expr[] Targets;
        public Expr Value;
    }

    public sealed class AugAssign : Stmt
    {
        public Expr Target;
        /// <summary>PyOp binary operator.</summary>
        public int Op;
        public Expr Value;
    }

    public sealed class For : Stmt
    {
        public Expr Target;
        public Expr Iter;
        public Stmt[] Body;
        public Stmt[] OrElse;
        public bool IsAsync;
    }

    public sealed class While : Stmt
    {
        public Expr Test;
        public Stmt[] Body;
        public Stmt[] OrElse;
    }

    public sealed class If : Stmt
    {
        public Expr Test;
        public Stmt[] Body;
        /// <summary>elif is an If inside OrElse.</summary>
        public Stmt[] OrElse;
    }

    public sealed class With : Stmt
    {
        public WithItem[] Items;
        public Stmt[] Body;
        public bool IsAsync;
    }

    public sealed class WithItem : Node
    {
        public Expr ContextExpr;
        public Expr OptionalVars;
    }

    public sealed class Raise : Stmt
    {
        public Expr Exc;
        public Expr Cause;
    }

    public sealed class Try : Stmt
    {
        public Stmt[] Body;
        public ExceptHandler[] Handlers;
        public Stmt[] OrElse;
        public Stmt[] FinalBody;
    }

    public sealed class ExceptHandler : Node
    {
        /// <summary>null for a bare except.</summary>
        public Expr Type;
        public string Name;
        public Stmt[] Body;
    }

    public sealed class Assert : Stmt
    {
        public Expr Test;
        public Expr Msg;
    }

    public sealed class Import : Stmt
    {
        public Alias[] Names;
    }

    public sealed class ImportFrom : Stmt
    {
        /// <summary>null for "from . import x".</summary>
        public string Module;
        /// <summary>A single Alias with Name "*" for a star import.</summary>
        public Alias[] Names;
        public int Level;
    }

    public sealed class Alias : Node
    {
        /// <summary>Dotted name for import, plain name for from-import.</summary>
        public string Name;
        public string AsName;
    }

    public sealed class Global : Stmt
    {
        public string[] Names;
    }

    public sealed class Nonlocal : Stmt
    {
        public string[] Names;
    }

    public sealed class ExprStmt : Stmt
    {
        public Expr Value;
    }

    public sealed class Pass : Stmt
    {
    }

    public sealed class Break : Stmt
    {
    }

    public sealed class Continue : Stmt
    {
    }

    // ---- expressions ----

    /// <summary>and / or over two or more values (PyOp.BoolAnd / PyOp.BoolOr).</summary>
    public sealed class BoolOp : Expr
    {
        public int Op;
        public Expr[] Values;
    }

    public sealed class BinOp : Expr
    {
        public Expr Left;
        public int Op;
        public Expr Right;
    }

    /// <summary>PyOp.Not, PyOp.Neg, PyOp.Pos, PyOp.Invert.</summary>
    public sealed class UnaryOp : Expr
    {
        public int Op;
        public Expr Operand;
    }

    public sealed class Lambda : Expr
    {
        public Arguments Args;
        public Expr Body;
    }

    public sealed class IfExp : Expr
    {
        public Expr Test;
        public Expr Body;
        public Expr OrElse;
    }

    public sealed class DictExpr : Expr
    {
        /// <summary>A null key means "**Values[i]" (dict unpacking).</summary>
        public Expr[] Keys;
        public Expr[] Values;
    }

    public sealed class SetExpr : Expr
    {
        public Expr[] Elts;
    }

    public sealed class ListExpr : Expr
    {
        public Expr[] Elts;
    }

    public sealed class TupleExpr : Expr
    {
        public Expr[] Elts;
    }

    public sealed class ListComp : Expr
    {
        public Expr Elt;
        public Comprehension[] Generators;
    }

    public sealed class SetComp : Expr
    {
        public Expr Elt;
        public Comprehension[] Generators;
    }

    public sealed class DictComp : Expr
    {
        public Expr Key;
        public Expr Value;
        public Comprehension[] Generators;
    }

    public sealed class GeneratorExp : Expr
    {
        public Expr Elt;
        public Comprehension[] Generators;
    }

    public sealed class Comprehension : Node
    {
        public Expr Target;
        public Expr Iter;
        public Expr[] Ifs;
    }

    public sealed class Await : Expr
    {
        public Expr Value;
    }

    public sealed class Yield : Expr
    {
        /// <summary>null for a bare yield.</summary>
        public Expr Value;
    }

    public sealed class YieldFrom : Expr
    {
        public Expr Value;
    }

    /// <summary>a &lt; b &lt;= c: Ops[i] (PyOp.Lt.. PyOp.NotIn) between Left/Comparators.</summary>
    public sealed class Compare : Expr
    {
        public Expr Left;
        public int[] Ops;
        public Expr[] Comparators;
    }

    public sealed class Call : Expr
    {
        public Expr Func;
        /// <summary>Positional arguments; Starred for *args.</summary>
        public Expr[] Args;
        /// <summary>Keyword arguments; Arg null for **kwargs.</summary>
        public Keyword[] Keywords;
    }

    public sealed class Keyword : Node
    {
        public string Arg;
        public Expr Value;
    }

    /// <summary>Numeric literal as written ("0x1F", "1e5", "3j"); the compiler turns Text into a value with NumberLiteral.Parse.</summary>
    public sealed class Num : Expr
    {
        public string Text;
    }

    /// <summary>String literal (adjacent literals already joined).</summary>
    public sealed class Str : Expr
    {
        public string Value;
    }

    public sealed class Bytes : Expr
    {
        public byte[] Value;
    }

    /// <summary>True, False, None (Value is PyBool.True/False or PyNone.None).</summary>
    public sealed class NameConstant : Expr
    {
        public object Value;
    }

    public sealed class EllipsisExpr : Expr
    {
    }

    public sealed class Attribute : Expr
    {
        public Expr Value;
        public string Attr;
    }

    /// <summary>Value[Index]; Index is a SliceExpr, a TupleExpr (possibly holding SliceExprs) or any Expr.</summary>
    public sealed class Subscript : Expr
    {
        public Expr Value;
        public Expr Index;
    }

    /// <summary>lower:upper:step inside a subscript; each part may be null.</summary>
    public sealed class SliceExpr : Expr
    {
        public Expr Lower;
        public Expr Upper;
        public Expr Step;
    }

    public sealed class Starred : Expr
    {
        public Expr Value;
    }

    public sealed class Name : Expr
    {
        public string Id;
    }

    public sealed class Arguments : Node
    {
        public Arg[] Args;
        /// <summary>Defaults for the last Defaults.Length of Args.</summary>
        public Expr[] Defaults;
        public Arg VarArg;
        public Arg[] KwOnlyArgs;
        /// <summary>Same length as KwOnlyArgs; null entry = no default.</summary>
        public Expr[] KwDefaults;
        public Arg KwArg;
    }

    public sealed class Arg : Node
    {
        public string Name;
        public Expr Annotation;
    }
}
