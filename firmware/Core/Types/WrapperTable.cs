using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>Constructors of classmethod and staticmethod.</summary>
    public sealed class WrapperTable : ConstructorTable
    {
        public static readonly WrapperTable ClassMethod = new WrapperTable(true);
        public static readonly WrapperTable StaticMethod = new WrapperTable(false);
        private readonly bool _class;

        private WrapperTable(bool isClass)
        {
            _class = isClass;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            Ops.CheckArgs(_class ? "classmethod" : "staticmethod", argc, kwc, 1, 1);
            if (_class)
            {
                return new PyClassMethod(args[0]);
            }
            return new PyStaticMethod(args[0]);
        }
    }
}
